package org.jgym.env.retro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.MultiBinary;
import org.jgym.env.api.spaces.MultiDiscrete;
import org.jgym.env.api.spaces.Space;

/**
 * The four action modes of stable-retro and their mapping to a button mask (bit i = button i of the system).
 *
 * <p>Action groups (e.g. {-, UP, DOWN}) are ordered by their combined button mask and their combinations by
 * value. {@code filtered} keeps a group's pressed buttons only when that exact combination is listed;
 * {@code discrete} reads the action as mixed-radix digits, group 0 least significant; {@code multi_discrete} takes
 * one combination index per group.
 *
 * <p>With several players (stable-retro's {@code players}) the spaces repeat per player: MultiBinary(buttons x
 * players) and MultiDiscrete(groups x players) hold player 0's part first; Discrete(n^players) continues the
 * mixed-radix digits from player 0 to player 1. (stable-retro's multi_discrete with two players fails with an
 * IndexError; here player p simply takes the p-th block of group indices.)
 */
public final class ButtonActions {
    /** How actions are given. */
    public enum Mode {
        ALL, FILTERED, DISCRETE, MULTI_DISCRETE;

        /** The kwarg spelling, e.g. {@code multi_discrete}. */
        public String kwarg() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode ofKwarg(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private final Mode mode;
    private final int players;
    private final int buttonCount;
    private final int[] groupMasks;
    private final int[][] combos;
    private final Space<?> space;

    /**
     * @param buttons button names in bit order
     * @param groups  action groups as lists of button-name combinations
     */
    public ButtonActions(List<String> buttons, List<List<List<String>>> groups, Mode mode) {
        this(buttons, groups, mode, 1);
    }

    /**
     * @param buttons button names in bit order
     * @param groups  action groups as lists of button-name combinations
     * @param players how many pads the action drives (at least 1)
     */
    public ButtonActions(List<String> buttons, List<List<List<String>>> groups, Mode mode, int players) {
        if (players < 1) {
            throw new IllegalArgumentException("players must be at least 1, got " + players);
        }
        this.mode = mode;
        this.players = players;
        this.buttonCount = buttons.size();
        TreeMap<Integer, TreeSet<Integer>> byMask = new TreeMap<>();
        for (List<List<String>> group : groups) {
            TreeSet<Integer> set = new TreeSet<>();
            int mask = 0;
            for (List<String> combo : group) {
                int bits = 0;
                for (String b : combo) {
                    int i = buttons.indexOf(b);
                    bits |= 1 << (i < 0 ? buttons.size() : i); // an unknown name maps past the last button, as in the reference
                }
                mask |= bits;
                set.add(bits);
            }
            byMask.putIfAbsent(mask, set);
        }
        groupMasks = new int[byMask.size()];
        combos = new int[byMask.size()][];
        int g = 0;
        for (Map.Entry<Integer, TreeSet<Integer>> e : byMask.entrySet()) {
            groupMasks[g] = e.getKey();
            combos[g++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        this.space = switch (mode) {
            case ALL, FILTERED -> new MultiBinary(buttonCount * players);
            case DISCRETE -> {
                long n = 1;
                for (int p = 0; p < players; p++) {
                    for (int[] c : combos) {
                        n *= c.length;
                        if (n > Integer.MAX_VALUE) {
                            throw new RetroException("discrete actions for " + players + " players number more than "
                                    + Integer.MAX_VALUE + "; use multi_discrete, filtered or all");
                        }
                    }
                }
                yield new Discrete((int) n);
            }
            case MULTI_DISCRETE -> {
                int[] nvec = new int[combos.length * players];
                for (int i = 0; i < nvec.length; i++) {
                    nvec[i] = combos[i % combos.length].length;
                }
                yield new MultiDiscrete(nvec);
            }
        };
    }

    public Mode mode() {
        return mode;
    }

    /**
     * The action space: MultiBinary(buttons), Discrete(product of group sizes) or MultiDiscrete(group sizes), each
     * repeated per player.
     */
    public Space<?> space() {
        return space;
    }

    /** The combinations of each group, as button masks, in action order. */
    public List<int[]> groups() {
        List<int[]> out = new ArrayList<>();
        for (int[] c : combos) {
            out.add(c.clone());
        }
        return out;
    }

    /** How many pads an action drives. */
    public int players() {
        return players;
    }

    /** Player 0's button mask of a valid action of {@link #space()}. */
    public int toMask(Object action) {
        int[] masks = new int[players];
        toMasks(action, masks);
        return masks[0];
    }

    /** Fills {@code masks[p]} with player p's button mask of a valid action of {@link #space()}. */
    public void toMasks(Object action, int[] masks) {
        int discrete = mode == Mode.DISCRETE ? (Integer) action : 0;
        for (int p = 0; p < players; p++) {
            int mask = 0;
            switch (mode) {
                case ALL, FILTERED -> {
                    byte[] a = (byte[]) action;
                    for (int i = 0; i < buttonCount; i++) {
                        mask |= (a[p * buttonCount + i] & 1) << i;
                    }
                    if (mode == Mode.FILTERED) {
                        mask = filter(mask);
                    }
                }
                case DISCRETE -> {
                    for (int[] c : combos) {
                        mask |= c[discrete % c.length];
                        discrete /= c.length;
                    }
                }
                case MULTI_DISCRETE -> {
                    int[] a = (int[]) action;
                    for (int i = 0; i < combos.length; i++) {
                        mask |= combos[i][a[p * combos.length + i]];
                    }
                }
            }
            masks[p] = mask & ((1 << buttonCount) - 1);
        }
    }

    /** Keeps, per group, the pressed buttons only if they form a listed combination. */
    public int filter(int mask) {
        int out = 0;
        for (int g = 0; g < groupMasks.length; g++) {
            int pressed = mask & groupMasks[g];
            for (int c : combos[g]) {
                if (c == pressed) {
                    out |= pressed;
                    break;
                }
            }
        }
        return out;
    }
}
