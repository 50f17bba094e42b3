package org.jgym.env.retro.libretro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The C shim's callbacks and screen conversion, driven the way a core drives them: the shim hands its callbacks to
 * {@code retro_set_*} stand-ins written in Java, and the test then calls them like a core would.
 */
class NativeFrontendTest {
    /** A stand-in for a core's {@code retro_set_*}: keeps the function pointer it is given. */
    static final class Setter implements Callback {
        Pointer callback;

        public void invoke(Pointer callback) {
            this.callback = callback;
        }
    }

    private final Setter video = new Setter();
    private final Setter audio = new Setter();
    private final Setter audioBatch = new Setter();
    private final Setter poll = new Setter();
    private final Setter input = new Setter();
    private Pointer state;

    @BeforeEach
    void install() {
        NativeFrontend.ensureLoaded();
        NativeFrontend.jgym_retro_install(fn(video), fn(audio), fn(audioBatch), fn(poll), fn(input));
        state = NativeFrontend.jgym_retro_open();
        assertNotNull(state);
    }

    @AfterEach
    void close() {
        NativeFrontend.jgym_retro_leave();
        NativeFrontend.jgym_retro_close(state);
    }

    private static Pointer fn(Setter setter) {
        return com.sun.jna.CallbackReference.getFunctionPointer(setter);
    }

    private void refresh(Pointer data, int width, int height, long pitch) {
        Function.getFunction(video.callback).invoke(Void.class, new Object[] {data, width, height, pitch});
    }

    private short inputState(int port, int id) {
        return (Short) Function.getFunction(input.callback).invoke(Short.class,
                new Object[] {port, Libretro.DEVICE_JOYPAD, 0, id});
    }

    /** The expansion stable-retro does, pixel by pixel: plain shifts, low bits zero. */
    private static byte[] expected(PixelFormat format, byte[] frame, int pitch, int x, int y, int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        int o = 0;
        for (int r = y; r < y + h; r++) {
            for (int c = x; c < x + w; c++, o += 3) {
                int p = r * pitch + c * format.bytesPerPixel();
                int v = (frame[p] & 0xFF) | (frame[p + 1] & 0xFF) << 8;
                switch (format) {
                    case XRGB8888 -> {
                        rgb[o] = frame[p + 2];
                        rgb[o + 1] = frame[p + 1];
                        rgb[o + 2] = frame[p];
                    }
                    case RGB565 -> {
                        rgb[o] = (byte) ((v & 0xF800) >> 8);
                        rgb[o + 1] = (byte) ((v & 0x07E0) >> 3);
                        rgb[o + 2] = (byte) ((v & 0x001F) << 3);
                    }
                    case XRGB1555 -> {
                        rgb[o] = (byte) ((v & 0x7C00) >> 7);
                        rgb[o + 1] = (byte) ((v & 0x03E0) >> 2);
                        rgb[o + 2] = (byte) ((v & 0x001F) << 3);
                    }
                }
            }
        }
        return rgb;
    }

    private byte[] screen(PixelFormat format, int x, int y, int w, int h) {
        Memory out = new Memory((long) w * h * 3);
        assertEquals(0, NativeFrontend.jgym_retro_screen(state, format.code(), x, y, w, h, out));
        return out.getByteArray(0, w * h * 3);
    }

    @Test
    void everyPixelFormatIsExpandedWithPlainShiftsWholeAndCropped() {
        Random random = new Random(12);
        int width = 37; // vector blocks and a scalar tail per row
        int height = 5;
        for (PixelFormat format : PixelFormat.values()) {
            int pitch = (width + 3) * format.bytesPerPixel();
            byte[] frame = new byte[pitch * height];
            random.nextBytes(frame);
            Memory data = new Memory(frame.length);
            data.write(0, frame, 0, frame.length);
            NativeFrontend.jgym_retro_enter(state);
            refresh(data, width, height, pitch);
            assertArrayEquals(expected(format, frame, pitch, 0, 0, width, height), screen(format, 0, 0, width, height),
                    format + " whole");
            assertArrayEquals(expected(format, frame, pitch, 3, 1, 30, 3), screen(format, 3, 1, 30, 3),
                    format + " cropped");
            assertEquals(width, NativeFrontend.jgym_retro_frame_width(state));
            assertEquals(height, NativeFrontend.jgym_retro_frame_height(state));
        }
    }

    @Test
    void aNullFrameRepeatsTheLastAndCallbacksOutsideAnEmulatorAreIgnored() {
        Memory out = new Memory(3);
        assertEquals(NativeFrontend.NO_FRAME, NativeFrontend.jgym_retro_screen(state, 2, 0, 0, 1, 1, out));
        Memory first = new Memory(64);
        first.clear();
        first.setShort(0, (short) 0xF800); // pure red in RGB565
        NativeFrontend.jgym_retro_enter(state);
        refresh(first, 1, 1, 64);
        refresh(null, 1, 1, 0); // a duplicate frame: data and pitch stay
        assertArrayEquals(new byte[] {(byte) 0xF8, 0, 0}, screen(PixelFormat.RGB565, 0, 0, 1, 1));
        NativeFrontend.jgym_retro_leave();
        Memory other = new Memory(64);
        other.clear();
        refresh(other, 2, 2, 2); // no emulator entered on this thread: ignored
        assertArrayEquals(new byte[] {(byte) 0xF8, 0, 0}, screen(PixelFormat.RGB565, 0, 0, 1, 1));
        assertEquals(1, NativeFrontend.jgym_retro_frame_width(state));
    }

    @Test
    void badFormatsAndPitchesAreReportedNotRead() {
        Memory frame = new Memory(64);
        frame.clear();
        NativeFrontend.jgym_retro_enter(state);
        refresh(frame, 8, 2, 16);
        Memory out = new Memory(8 * 2 * 3);
        assertEquals(NativeFrontend.PITCH_TOO_SMALL, NativeFrontend.jgym_retro_screen(state, 1, 0, 0, 8, 2, out),
                "8 XRGB8888 pixels need 32 bytes per row");
        assertEquals(NativeFrontend.PITCH_TOO_SMALL, NativeFrontend.jgym_retro_screen(state, 2, 1, 0, 8, 2, out));
        assertEquals(NativeFrontend.BAD_FORMAT, NativeFrontend.jgym_retro_screen(state, 7, 0, 0, 8, 2, out));
        assertEquals(0, NativeFrontend.jgym_retro_screen(state, 2, 0, 0, 8, 2, out));
    }

    @Test
    void inputStateReadsTheButtonsJavaSetAndAudioIsDiscarded() {
        NativeFrontend.jgym_retro_set_buttons(state, 0, 0b1000_0000_0101);
        NativeFrontend.jgym_retro_set_buttons(state, 1, 0b10);
        NativeFrontend.jgym_retro_set_buttons(state, 2, 0xFFFF); // no third player: ignored
        assertEquals(0, inputState(0, 0), "not entered: no emulator to read");
        NativeFrontend.jgym_retro_enter(state);
        int[] player0 = new int[16];
        for (int id = 0; id < 16; id++) {
            player0[id] = inputState(0, id);
        }
        assertArrayEquals(new int[] {1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}, player0);
        assertEquals(1, inputState(1, 1));
        assertEquals(0, inputState(1, 0));
        assertEquals(0, inputState(2, 0), "port out of range");
        assertEquals(0, inputState(0, 16), "id out of range");
        Function.getFunction(poll.callback).invoke(Void.class, new Object[0]);
        Function.getFunction(audio.callback).invoke(Void.class, new Object[] {(short) 1, (short) 2});
        long consumed = (Long) Function.getFunction(audioBatch.callback).invoke(Long.class, new Object[] {null, 123L});
        assertEquals(123L, consumed, "the batch is reported consumed");
    }
}
