package org.jgym.env.retro.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.jgym.env.retro.RetroException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every type code of data.json: orders, formats and widths, decoded from hand-made bytes. */
class DataTypeTest {
    private static long decode(String code, int... bytes) {
        byte[] b = new byte[8];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return DataType.parse(code).decode(b);
    }

    @ParameterizedTest(name = "{0} of {1} = {2}")
    @CsvSource({
        // unsigned, every order
        "|u1, 0xFE, 254", "<u2, 0x12 0x34, 13330", ">u2, 0x12 0x34, 4660", "=u2, 0x12 0x34, 13330",
        "<u3, 0x01 0x02 0x03, 197121", ">u3, 0x01 0x02 0x03, 66051",
        "<u4, 0x01 0x02 0x03 0x04, 67305985", ">u4, 0x01 0x02 0x03 0x04, 16909060",
        "><u4, 0x01 0x02 0x03 0x04, 33620995", "<>u4, 0x01 0x02 0x03 0x04, 50594050",
        ">=u4, 0x01 0x02 0x03 0x04, 33620995", "<=u4, 0x01 0x02 0x03 0x04, 67305985",
        ">u8, 0x80 0 0 0 0 0 0 0x01, -9223372036854775807",
        // signed: sign-extended from the width
        "|i1, 0xFF, -1", "|i1, 0x7F, 127", ">i2, 0xFF 0xFE, -2", "<i2, 0xFE 0xFF, -2", ">i3, 0x80 0 0, -8388608",
        ">i4, 0xFF 0xFF 0xFF 0xFF, -1", "<i8, 0xFF 0xFF 0xFF 0xFF 0xFF 0xFF 0xFF 0xFF, -1",
        // BCD: two digits per byte, bytes weigh 100^k
        "|d1, 0x42, 42", ">d2, 0x12 0x34, 1234", "<d2, 0x12 0x34, 3412", ">d3, 0x01 0x23 0x45, 12345",
        "<d4, 0x78 0x56 0x34 0x12, 12345678", ">d4, 0x12 0x34 0x56 0x78, 12345678", "><d4, 0x12 0x34 0x56 0x78, 34127856",
        "|d1, 0xAF, 5", // nibbles above 9 wrap modulo 10, as in the reference
        // low-nibble BCD: one digit per byte, bytes weigh 10^k
        "|n1, 0xF7, 7", ">n4, 0x01 0x02 0x03 0x04, 1234", "<n4, 0x01 0x02 0x03 0x04, 4321",
        ">n6, 0x01 0x02 0x03 0x04 0x05 0x06, 123456", "<n3, 0x11 0x22 0x33, 321",
    })
    void decodes(String code, String bytes, long expected) {
        String[] parts = bytes.trim().split(" ");
        int[] b = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = Integer.decode(parts[i]);
        }
        assertEquals(expected, decode(code, b));
    }

    @Test
    void malformedCodesAreRejectedWithTheAllowedSyntax() {
        for (String bad : new String[] {"u2", ">x2", ">u9", ">u0", "!u2", "<<u2", ">u", ""}) {
            RetroException e = assertThrows(RetroException.class, () -> DataType.parse(bad), bad);
            assertTrue(e.getMessage().contains("expected an order"), e.getMessage());
        }
    }

    @Test
    void dataJsonVariablesWithMaskAndErrors() {
        GameData data = GameData.parse(JsonParser.parseString(
                "{\"info\": {\"lives\": {\"address\": 16712282, \"type\": \">u2\"},"
                        + " \"flags\": {\"address\": 16, \"type\": \"|u1\", \"mask\": 15}}}").getAsJsonObject(), "t");
        assertEquals(16712282L, data.variable("lives").address());
        assertEquals(15L, data.variable("flags").mask());
        assertEquals(-1L, data.variable("lives").mask());
        assertTrue(assertThrows(RetroException.class, () -> data.variable("score")).getMessage().contains("[lives, flags]"));
        assertThrows(RetroException.class, () -> GameData.parse(JsonParser.parseString("{}").getAsJsonObject(), "t"));
        RetroException noType = assertThrows(RetroException.class, () -> GameData.parse(
                JsonParser.parseString("{\"info\": {\"x\": {\"address\": 1}}}").getAsJsonObject(), "t"));
        assertTrue(noType.getMessage().contains("'x'"), noType.getMessage());
    }

    @Test
    void genesisOverlaySwapsBytesOfWordsAndMasksApply() {
        // bus bytes 0x12 0x34 0x56 0x78 at 0xFF0000 are stored as host-endian words: 34 12 78 56
        AddressSpace ram = new AddressSpace(new long[] {0xFF0000}, new int[] {4}, "=>", 2);
        byte[][] blocks = ram.advance();
        blocks[0][0] = 0x34;
        blocks[0][1] = 0x12;
        blocks[0][2] = 0x78;
        blocks[0][3] = 0x56;
        assertEquals(0x12345678L, ram.read(new Variable("v", 0xFF0000, DataType.parse(">u4"), -1)));
        assertEquals(0x3456L, ram.read(new Variable("v", 0xFF0001, DataType.parse(">u2"), -1)));
        assertEquals(0x12L, ram.read(new Variable("v", 0xFF0000, DataType.parse("|u1"), -1)));
        assertEquals(0x06L, ram.read(new Variable("v", 0xFF0002, DataType.parse("|u1"), 0x0F)));
        assertEquals(0, ram.delta(new Variable("v", 0xFF0000, DataType.parse("|u1"), -1)), "no previous snapshot yet");
        byte[] raw = new byte[4];
        ram.copyRam(raw);
        assertEquals(0x34, raw[0], "RAM observations are the raw, host-endian bytes");
        ram.advance()[0][1] = 0x10;
        assertEquals(0x10 - 0x12, ram.delta(new Variable("v", 0xFF0000, DataType.parse("|u1"), -1)));
        Variable outside = new Variable("far", 0xFF0004, DataType.parse("|u1"), -1);
        Variable below = new Variable("low", 0x100, DataType.parse("|u1"), -1);
        assertTrue(!ram.canRead(outside) && !ram.canRead(below));
        assertTrue(assertThrows(RetroException.class, () -> ram.read(outside)).getMessage().contains("outside"));
    }
}
