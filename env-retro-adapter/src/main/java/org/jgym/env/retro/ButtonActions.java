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
    private final int buttonCount;
    private final int[] groupMasks;
    private final int[][] combos;
    private final Space<?> space;

    /**
     * @param buttons button names in bit order
     * @param groups  action groups as lists of button-name combinations
     */
    public ButtonActions(List<String> buttons, List<List<List<String>>> groups, Mode mode) {
        this.mode = mode;
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
            case ALL, FILTERED -> new MultiBinary(buttonCount);
            case DISCRETE -> {
                int n = 1;
                for (int[] c : combos) {
                    n *= c.length;
                }
                yield new Discrete(n);
            }
            case MULTI_DISCRETE -> {
                int[] nvec = new int[combos.length];
                for (int i = 0; i < combos.length; i++) {
                    nvec[i] = combos[i].length;
                }
                yield new MultiDiscrete(nvec);
            }
        };
    }

    public Mode mode() {
        return mode;
    }

    /** The action space: MultiBinary(buttons), Discrete(product of group sizes) or MultiDiscrete(group sizes). */
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

    /** The button mask of a valid action of {@link #space()}. */
    public int toMask(Object action) {
        int mask = 0;
        switch (mode) {
            case ALL, FILTERED -> {
                byte[] a = (byte[]) action;
                for (int i = 0; i < a.length; i++) {
                    mask |= (a[i] & 1) << i;
                }
                if (mode == Mode.FILTERED) {
                    mask = filter(mask);
                }
            }
            case DISCRETE -> {
                int a = (Integer) action;
                for (int[] c : combos) {
                    mask |= c[a % c.length];
                    a /= c.length;
                }
            }
            case MULTI_DISCRETE -> {
                int[] a = (int[]) action;
                for (int i = 0; i < a.length; i++) {
                    mask |= combos[i][a[i]];
                }
            }
        }
        return mask & ((1 << buttonCount) - 1);
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
