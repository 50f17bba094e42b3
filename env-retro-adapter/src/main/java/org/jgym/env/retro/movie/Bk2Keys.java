package org.jgym.env.retro.movie;

import java.util.List;
import java.util.Map;

/**
 * How a {@code .bk2} movie (BizHawk's format, as stable-retro writes it) names a system's buttons: one letter per
 * button in the key lines, a display name per button in the log's column header, and a short platform code in the
 * header ({@code GEN} for Genesis). Buttons without a letter (e.g. Atari's {@code RESET}) are not recorded.
 */
final class Bk2Keys {
    private static final Map<String, Character> LETTER_OF_BUTTON = Map.ofEntries(Map.entry("A", 'A'),
            Map.entry("B", 'B'), Map.entry("C", 'C'), Map.entry("X", 'X'), Map.entry("Y", 'Y'), Map.entry("Z", 'Z'),
            Map.entry("START", 'S'), Map.entry("SELECT", 's'), Map.entry("MODE", 'M'), Map.entry("UP", 'U'),
            Map.entry("DOWN", 'D'), Map.entry("LEFT", 'L'), Map.entry("RIGHT", 'R'), Map.entry("L", 'l'),
            Map.entry("R", 'r'), Map.entry("BUTTON", 'B'));
    private static final Map<Character, String> NAME_OF_LETTER = Map.ofEntries(Map.entry('A', "A"),
            Map.entry('B', "B"), Map.entry('C', "C"), Map.entry('X', "X"), Map.entry('Y', "Y"), Map.entry('Z', "Z"),
            Map.entry('S', "Start"), Map.entry('s', "Select"), Map.entry('M', "Mode"), Map.entry('U', "Up"),
            Map.entry('D', "Down"), Map.entry('L', "Left"), Map.entry('R', "Right"), Map.entry('l', "L"),
            Map.entry('r', "R"));
    private static final Map<String, String> PLATFORM_CODES = Map.of("Genesis", "GEN", "Snes", "SNES", "Nes", "NES",
            "Atari2600", "A26");
    /** stable-retro starts the column header from this text and writes over it, so a short header keeps its tail. */
    private static final String LOG_KEY_PREFIX = "LogKey:#Reset|Power|#";

    private final String system;
    /** Letter of each button id, 0 where the button has none. */
    private final char[] letters;

    Bk2Keys(String system, List<String> buttons) {
        this.system = system;
        this.letters = new char[buttons.size()];
        for (int i = 0; i < letters.length; i++) {
            Character c = LETTER_OF_BUTTON.get(buttons.get(i));
            letters[i] = c == null ? 0 : c;
        }
    }

    /** The header's platform code of a system name, e.g. {@code GEN}; other systems keep their name. */
    static String platformCode(String system) {
        return PLATFORM_CODES.getOrDefault(system, system);
    }

    /** The system name of a header's platform code. */
    static String systemOfPlatform(String code) {
        return PLATFORM_CODES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst().orElse(code);
    }

    /** Button ids in the order their columns appear: highest id first, as stable-retro's key map iterates. */
    int[] columns() {
        int n = 0;
        for (char c : letters) {
            n += c == 0 ? 0 : 1;
        }
        int[] ids = new int[n];
        int k = 0;
        for (int i = letters.length - 1; i >= 0; i--) {
            if (letters[i] != 0) {
                ids[k++] = i;
            }
        }
        return ids;
    }

    char letter(int button) {
        return letters[button];
    }

    /** The button id a key-line letter stands for (the highest id with that letter), or -1. */
    int button(char letter) {
        for (int i = letters.length - 1; i >= 0; i--) {
            if (letters[i] == letter) {
                return i;
            }
        }
        return -1;
    }

    /** The input log's column header line, e.g. {@code P1 Z|P1 X|...|P1 B|}, with its newline. */
    String columnHeader(int players) {
        StringBuilder s = new StringBuilder();
        for (int p = 1; p <= players; p++) {
            for (int id : columns()) {
                String name = system.equals("Atari2600") && letters[id] == 'B' ? "Button" : NAME_OF_LETTER.get(letters[id]);
                s.append('P').append(p).append(' ').append(name).append('|');
            }
        }
        if (s.length() < LOG_KEY_PREFIX.length()) {
            s.append(LOG_KEY_PREFIX, s.length(), LOG_KEY_PREFIX.length());
        }
        return s.append('\n').toString();
    }
}
