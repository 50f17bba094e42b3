package org.jgym.env.retro.integration;

import org.jgym.env.retro.RetroException;

/**
 * A data.json type code such as {@code >u2}, {@code |i1}, {@code <d4} or {@code ><u4}: byte order, number format
 * and width, decoded as Gym Retro does.
 *
 * <p>Orders: {@code <} little, {@code >} big, {@code |} single byte (read as little), {@code =} native (little on
 * the hosts jgym runs on), {@code ><} big halves of little-endian words, {@code <>} little halves of big-endian
 * words, {@code >=} and {@code <=} halves in native order (on a little-endian host: {@code ><} and {@code <}).
 * Formats: {@code u} unsigned, {@code i} signed (sign-extended from the width), {@code d} BCD with two digits per
 * byte, {@code n} one BCD digit in the low nibble of each byte. Widths 1 to 8 bytes.
 */
public final class DataType {
    private final String code;
    private final char format;
    private final int width;
    /** weight[i]: what byte i (in memory order) is worth, base^k for its digit position k. */
    private final long[] weight;

    private DataType(String code, char format, int width, long[] weight) {
        this.code = code;
        this.format = format;
        this.width = width;
        this.weight = weight;
    }

    /** Parses a type code; throws naming the code and what is allowed when it is malformed. */
    public static DataType parse(String code) {
        if (code == null || code.length() < 3 || code.length() > 4) {
            throw bad(code);
        }
        char widthChar = code.charAt(code.length() - 1);
        char format = code.charAt(code.length() - 2);
        String order = code.substring(0, code.length() - 2);
        if (widthChar < '1' || widthChar > '8' || "uidn".indexOf(format) < 0) {
            throw bad(code);
        }
        int width = widthChar - '0';
        int[] digit = switch (order) {
            case "<", "|", "=", "<=" -> littleEndian(width);
            case ">" -> bigEndian(width);
            case "><", ">=" -> bigHalvesOfLittleWords(width);
            case "<>" -> littleHalvesOfBigWords(width);
            default -> throw bad(code);
        };
        long base = format == 'd' ? 100 : format == 'n' ? 10 : 256;
        long[] weight = new long[width];
        for (int i = 0; i < width; i++) {
            long w = 1;
            for (int k = 0; k < digit[i]; k++) {
                w *= base; // wraps like the reference's uint64 arithmetic for 8-byte codes
            }
            weight[i] = w;
        }
        return new DataType(code, format, width, weight);
    }

    private static RetroException bad(String code) {
        return new RetroException("unknown data type '" + code + "': expected an order (<, >, |, =, ><, <>, >=, <=), "
                + "a format (u, i, d, n) and a width 1..8, e.g. >u2, |i1, <d4");
    }

    private static int[] littleEndian(int width) {
        int[] d = new int[width];
        for (int i = 0; i < width; i++) {
            d[i] = i;
        }
        return d;
    }

    private static int[] bigEndian(int width) {
        int[] d = new int[width];
        for (int i = 0; i < width; i++) {
            d[i] = width - 1 - i;
        }
        return d;
    }

    /** The second half holds the low digits, each half little-endian. */
    private static int[] bigHalvesOfLittleWords(int width) {
        int[] d = new int[width];
        int k = 0;
        for (int i = width / 2; i < width; i++) {
            d[i] = k++;
        }
        for (int i = 0; i < width / 2; i++) {
            d[i] = k++;
        }
        return d;
    }

    /** The first half holds the low digits, each half big-endian. */
    private static int[] littleHalvesOfBigWords(int width) {
        int[] d = new int[width];
        int k = 0;
        for (int i = width / 2 - 1; i >= 0; i--) {
            d[i] = k++;
        }
        for (int i = width - 1; i >= width / 2; i--) {
            d[i] = k++;
        }
        return d;
    }

    /** Number of bytes read. */
    public int width() {
        return width;
    }

    public String code() {
        return code;
    }

    /** Decodes {@code bytes[0 .. width()-1]}, in memory order. */
    public long decode(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            int b = bytes[i] & 0xFF;
            long digits = switch (format) {
                case 'd' -> (b & 0x0F) % 10 + ((b & 0xF0) >> 4) % 10 * 10;
                case 'n' -> (b & 0x0F) % 10;
                default -> b;
            };
            value += digits * weight[i];
        }
        if (format == 'i' && width < 8) {
            int shift = 64 - 8 * width;
            value = value << shift >> shift;
        }
        return value;
    }

    @Override
    public String toString() {
        return code;
    }
}
