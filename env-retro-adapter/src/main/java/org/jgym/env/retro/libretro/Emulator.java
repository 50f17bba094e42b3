package org.jgym.env.retro.libretro;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jgym.env.retro.RetroException;

/**
 * A libretro frontend for one game: loads a private copy of a core library, answers the core's environment
 * callbacks as stable-retro does, feeds it button states, and exposes its screen, memory and save states.
 *
 * <p>A core keeps global state, so each emulator loads its own copy of the library file (opened with
 * {@code RTLD_LOCAL}); several emulators then run side by side in one JVM, each on one thread at a time. The
 * libretro call order is enforced here: every method checks the phase (core ready, game loaded, closed) and a call
 * out of order throws a {@link RetroException} instead of reaching the core. Audio is discarded.
 *
 * <p>The per-frame callbacks (video, input, audio, log) and the screen conversion live in a small C shim
 * ({@link NativeFrontend}), so one frame makes no call back into Java; only the environment callback, which cores use
 * while loading, is answered here.
 */
public final class Emulator implements AutoCloseable {
    /** Lifecycle of the core behind this emulator. */
    public enum Phase { CORE_READY, GAME_LOADED, CLOSED }

    /** Maximum players and buttons per player, as in stable-retro. */
    public static final int MAX_PLAYERS = 2;
    public static final int MAX_BUTTONS = 16;

    private static final int RTLD_LAZY_LOCAL = 1;
    /** Core options stable-retro answers; any other key is refused so the core uses its default. */
    private static final Map<String, Memory> VARIABLES = Map.of(
            "genesis_plus_gx_bram", cString("per game"),
            "genesis_plus_gx_render", cString("single field"),
            "genesis_plus_gx_blargg_ntsc_filter", cString("disabled"));

    private final Path corePath;
    private final NativeLibrary library;
    private final LibretroApi core;
    private final Memory systemDirectory;
    private final String libraryName;
    private final String libraryVersion;
    private final String validExtensions;
    // the callback stays strongly reachable for as long as the core may call it
    private final LibretroApi.EnvironmentCallback environmentCallback = this::onEnvironment;
    /** The shim's state for this emulator: last frame, pressed buttons. */
    private final Pointer frontend;
    private final Pointer retroRun;

    private final List<LibretroStructs.MemoryDescriptor> memoryMap = new ArrayList<>();
    private Phase phase = Phase.CORE_READY;
    private PixelFormat pixelFormat = PixelFormat.XRGB1555;
    private int unknownPixelFormat = -1;
    private int rotation;
    private int screenWidth;
    private int screenHeight;
    private double fps;
    private long framesRun;
    private Memory rgbBuffer = new Memory(1);
    /** Reused for save states: a reset restores one (about 1 MB for Genesis games) every episode. */
    private Memory stateBuffer = new Memory(1);
    private Memory romMemory;

    private Emulator(Path corePath, Path privateCopy, Path systemDir) {
        this.corePath = corePath;
        this.library = NativeLibrary.getInstance(privateCopy.toString(),
                Map.of(Library.OPTION_OPEN_FLAGS, RTLD_LAZY_LOCAL));
        this.core = Native.load(privateCopy.toString(), LibretroApi.class,
                Map.of(Library.OPTION_OPEN_FLAGS, RTLD_LAZY_LOCAL));
        this.systemDirectory = cString(systemDir.toAbsolutePath().toString());
        int api = core.retro_api_version();
        if (api != Libretro.API_VERSION) {
            library.close();
            throw new RetroException(corePath + " implements libretro API version " + api + "; only version "
                    + Libretro.API_VERSION + " is supported");
        }
        LibretroStructs.SystemInfo info = new LibretroStructs.SystemInfo();
        core.retro_get_system_info(info);
        this.libraryName = info.library_name;
        this.libraryVersion = info.library_version;
        this.validExtensions = info.valid_extensions;
        this.retroRun = library.getFunction("retro_run");
        this.frontend = NativeFrontend.jgym_retro_open();
        if (frontend == null) {
            library.close();
            throw new RetroException("out of native memory for the frontend state of " + corePath);
        }
        core.retro_set_environment(environmentCallback);
        NativeFrontend.jgym_retro_install(library.getFunction("retro_set_video_refresh"),
                library.getFunction("retro_set_audio_sample"), library.getFunction("retro_set_audio_sample_batch"),
                library.getFunction("retro_set_input_poll"), library.getFunction("retro_set_input_state"));
        core.retro_init();
    }

    /**
     * Loads a private copy of the core library at {@code corePath} and initialises it.
     *
     * @param systemDir the folder given to the core as its system (BIOS) directory
     */
    public static Emulator load(Path corePath, Path systemDir) {
        if (Native.SIZE_T_SIZE != 8) {
            throw new RetroException("the libretro bindings need a 64-bit platform (size_t of 8 bytes)");
        }
        if (!Files.isRegularFile(corePath)) {
            throw new RetroException("libretro core not found: " + corePath);
        }
        NativeFrontend.ensureLoaded();
        Path copy;
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "jgym-retro-cores"));
            copy = Files.createTempFile(dir, "core-", "-" + corePath.getFileName());
            Files.copy(corePath, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RetroException("could not copy the core " + corePath + " to a private file: " + e.getMessage(), e);
        }
        try {
            return new Emulator(corePath, copy, systemDir);
        } catch (UnsatisfiedLinkError e) {
            throw new RetroException("could not load the libretro core " + corePath + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(copy); // the mapping stays valid; nothing is left behind
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    /**
     * Loads a game (the ROM bytes, and its path for cores that want one), reads its audio/video geometry and applies
     * stable-retro's screen-size corrections.
     */
    public void loadGame(Path romPath, byte[] rom) {
        require(Phase.CORE_READY, "loadGame");
        romMemory = new Memory(Math.max(1, rom.length));
        romMemory.write(0, rom, 0, rom.length);
        LibretroStructs.GameInfo game = new LibretroStructs.GameInfo();
        game.path = romPath.toAbsolutePath().toString();
        game.data = romMemory;
        game.size = rom.length;
        game.meta = null;
        if (withFrontend(() -> core.retro_load_game(game)) == 0) {
            romMemory = null;
            throw new RetroException(libraryName + " refused the game " + romPath
                    + " (retro_load_game returned false; the core accepts: " + validExtensions + ")");
        }
        phase = Phase.GAME_LOADED;
        LibretroStructs.SystemAvInfo av = new LibretroStructs.SystemAvInfo();
        core.retro_get_system_av_info(av);
        screenWidth = av.geometry.base_width;
        screenHeight = av.geometry.base_height;
        fps = av.timing.fps;
        fixScreenSize(romPath.getFileName().toString());
    }

    /** The picture sizes stable-retro forces for cores whose first reported geometry is not the game's. */
    private void fixScreenSize(String romName) {
        char last = romName.isEmpty() ? ' ' : romName.charAt(romName.length() - 1);
        switch (libraryName) {
            case "Genesis Plus GX" -> {
                switch (last) {
                    case 'd' -> setScreen(320, 224);
                    case 's' -> setScreen(256, 192);
                    case 'g' -> setScreen(160, 144);
                    default -> { }
                }
            }
            case "Stella" -> screenWidth = 160;
            case "Mednafen PCE Fast" -> setScreen(256, 242);
            default -> { }
        }
    }

    private void setScreen(int width, int height) {
        screenWidth = width;
        screenHeight = height;
    }

    /** Sets the pressed buttons of a player: bit i is RetroPad button id i. */
    public void setButtons(int player, int mask) {
        requireOpen("setButtons");
        if (player < 0 || player >= MAX_PLAYERS) {
            throw new RetroException("player " + player + " is out of range; allowed 0.." + (MAX_PLAYERS - 1));
        }
        NativeFrontend.jgym_retro_set_buttons(frontend, player, mask & ((1 << MAX_BUTTONS) - 1));
    }

    /** Emulates one frame with the current button states. */
    public void run() {
        require(Phase.GAME_LOADED, "run");
        NativeFrontend.jgym_retro_run(frontend, retroRun);
        framesRun++;
    }

    /** Frames emulated since the game was loaded. */
    public long framesRun() {
        return framesRun;
    }

    /** The screen width in pixels of {@link #screenRgb}. */
    public int screenWidth() {
        require(Phase.GAME_LOADED, "screenWidth");
        return screenWidth;
    }

    public int screenHeight() {
        require(Phase.GAME_LOADED, "screenHeight");
        return screenHeight;
    }

    /** The size the core gave with its last frame (may differ from the screen size stable-retro reads). */
    public int lastFrameWidth() {
        requireOpen("lastFrameWidth");
        return NativeFrontend.jgym_retro_frame_width(frontend);
    }

    public int lastFrameHeight() {
        requireOpen("lastFrameHeight");
        return NativeFrontend.jgym_retro_frame_height(frontend);
    }

    /** Frames per second of the emulated system. */
    public double fps() {
        require(Phase.GAME_LOADED, "fps");
        return fps;
    }

    /** Rotation the core asked for, in quarter turns counter-clockwise (0 for most cores). */
    public int rotation() {
        return rotation;
    }

    /**
     * Writes the last frame as RGB888 ({@code screenHeight x screenWidth x 3}) into {@code rgb}, reading the core's
     * frame buffer the way stable-retro does (its base geometry, the pitch of the last frame).
     */
    public void screenRgb(byte[] rgb) {
        screenRgb(0, 0, screenWidth, screenHeight, rgb);
    }

    /**
     * Writes the rectangle at ({@code x}, {@code y}) of {@code width x height} pixels of the last frame as RGB888 rows
     * into {@code rgb} ({@code width * height * 3} bytes).
     */
    public void screenRgb(int x, int y, int width, int height, byte[] rgb) {
        require(Phase.GAME_LOADED, "screenRgb");
        if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > screenWidth || y + height > screenHeight) {
            throw new IllegalArgumentException("rectangle " + width + "x" + height + " at (" + x + ", " + y
                    + ") is not inside the " + screenWidth + "x" + screenHeight + " screen");
        }
        int bytes = width * height * 3;
        if (rgb.length != bytes) {
            throw new IllegalArgumentException("rgb must hold " + bytes + " bytes, not " + rgb.length);
        }
        if (unknownPixelFormat >= 0) {
            throw new RetroException(libraryName + " uses pixel format " + unknownPixelFormat
                    + ", which is not supported (0RGB1555, XRGB8888 and RGB565 are)");
        }
        if (rgbBuffer.size() < bytes) {
            rgbBuffer = new Memory(bytes);
        }
        int result = NativeFrontend.jgym_retro_screen(frontend, pixelFormat.code(), x, y, width, height, rgbBuffer);
        switch (result) {
            case 0 -> rgbBuffer.read(0, rgb, 0, bytes);
            case NativeFrontend.NO_FRAME ->
                    throw new RetroException("no frame yet: run() the emulator at least once before reading the screen");
            case NativeFrontend.PITCH_TOO_SMALL -> throw new RetroException("the frame's pitch is smaller than a row of "
                    + (x + width) + " pixels in " + pixelFormat);
            default -> throw new RetroException("the native frontend could not convert pixel format " + pixelFormat);
        }
    }

    /**
     * The emulated address space as stable-retro builds it: the core's memory map (descriptors not marked constant)
     * when it announced one, else its system RAM at {@code ramBase}; sorted by start address.
     */
    public List<MemoryBlock> memoryBlocks(long ramBase) {
        require(Phase.GAME_LOADED, "memoryBlocks");
        List<MemoryBlock> blocks = new ArrayList<>();
        for (LibretroStructs.MemoryDescriptor d : memoryMap) {
            if ((d.flags & Libretro.MEMDESC_CONST) != 0) {
                continue;
            }
            long len = d.len;
            if (d.select != 0) {
                len = ((~d.select & ~d.start) + 1) & d.select;
            }
            if (d.len != 0 && Long.compareUnsigned(d.len, len) < 0) {
                len = d.len;
            }
            blocks.removeIf(b -> b.start() == d.start);
            blocks.add(new MemoryBlock(d.start, d.ptr, Math.toIntExact(len)));
        }
        if (blocks.isEmpty()) {
            long size = core.retro_get_memory_size(Libretro.MEMORY_SYSTEM_RAM);
            Pointer data = core.retro_get_memory_data(Libretro.MEMORY_SYSTEM_RAM);
            if (size > 0 && data != null) {
                blocks.add(new MemoryBlock(ramBase, data, Math.toIntExact(size)));
            }
        }
        blocks.sort((a, b) -> Long.compareUnsigned(a.start(), b.start()));
        return blocks;
    }

    /** Size in bytes of the core's save states. */
    public long serializeSize() {
        require(Phase.GAME_LOADED, "serializeSize");
        return core.retro_serialize_size();
    }

    /** The core's save state of the current emulation. */
    public byte[] serialize() {
        long size = serializeSize();
        Memory buffer = stateBuffer(size);
        if (withFrontend(() -> core.retro_serialize(buffer, size)) == 0) {
            throw new RetroException(libraryName + " could not serialize its state (retro_serialize returned false)");
        }
        return buffer.getByteArray(0, Math.toIntExact(size));
    }

    /** Restores a save state made by the same core version for the same game. */
    public void unserialize(byte[] state) {
        long expected = serializeSize();
        if (state.length != expected) {
            throw new RetroException("save state has " + state.length + " bytes but " + libraryName + " "
                    + libraryVersion + " expects " + expected + " for this game; it was made by another core or game");
        }
        Memory buffer = stateBuffer(state.length);
        buffer.write(0, state, 0, state.length);
        if (withFrontend(() -> core.retro_unserialize(buffer, state.length)) == 0) {
            throw new RetroException(libraryName + " " + libraryVersion
                    + " rejected the save state (retro_unserialize returned false): it is corrupt or from another core");
        }
    }

    public Phase phase() {
        return phase;
    }

    /** The core's {@code library_name}, e.g. {@code Genesis Plus GX}. */
    public String libraryName() {
        return libraryName;
    }

    public String libraryVersion() {
        return libraryVersion;
    }

    public Path corePath() {
        return corePath;
    }

    /** Unloads the game, de-initialises the core and unloads its library; calling it again does nothing. */
    @Override
    public void close() {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (phase == Phase.GAME_LOADED) {
            core.retro_unload_game();
        }
        core.retro_deinit();
        phase = Phase.CLOSED;
        memoryMap.clear();
        romMemory = null;
        stateBuffer = new Memory(1);
        NativeFrontend.jgym_retro_close(frontend);
        library.close();
    }

    private Memory stateBuffer(long size) {
        if (stateBuffer.size() < size) {
            stateBuffer = new Memory(size);
        }
        return stateBuffer;
    }

    /** A core call other than retro_run, with the frame callbacks it may make going to this emulator. */
    private <T> T withFrontend(Supplier<T> call) {
        NativeFrontend.jgym_retro_enter(frontend);
        try {
            return call.get();
        } finally {
            NativeFrontend.jgym_retro_leave();
        }
    }

    private byte onEnvironment(int cmd, Pointer data) {
        if (data == null) {
            return 0;
        }
        switch (cmd) {
            case Libretro.ENVIRONMENT_SET_PIXEL_FORMAT -> {
                int code = data.getInt(0);
                PixelFormat format = PixelFormat.of(code);
                if (format == null) {
                    unknownPixelFormat = code;
                } else {
                    pixelFormat = format;
                    unknownPixelFormat = -1;
                }
                return 1;
            }
            case Libretro.ENVIRONMENT_GET_VARIABLE -> {
                LibretroStructs.Variable variable = new LibretroStructs.Variable(data);
                variable.read();
                Memory value = variable.key == null ? null : VARIABLES.get(variable.key.getString(0));
                if (value == null) {
                    return 0;
                }
                variable.value = value;
                variable.writeField("value");
                return 1;
            }
            case Libretro.ENVIRONMENT_GET_SYSTEM_DIRECTORY -> {
                data.setPointer(0, systemDirectory);
                return 1;
            }
            case Libretro.ENVIRONMENT_GET_CAN_DUPE -> {
                data.setByte(0, (byte) 1);
                return 1;
            }
            case Libretro.ENVIRONMENT_SET_ROTATION -> {
                rotation = data.getInt(0) & 3;
                return 1;
            }
            case Libretro.ENVIRONMENT_SET_MEMORY_MAPS -> {
                readMemoryMap(data);
                return 1;
            }
            case Libretro.ENVIRONMENT_GET_LOG_INTERFACE -> {
                data.setPointer(0, NativeFrontend.jgym_retro_log_function());
                return 1;
            }
            default -> {
                return 0;
            }
        }
    }

    private void readMemoryMap(Pointer data) {
        LibretroStructs.MemoryMap map = new LibretroStructs.MemoryMap(data);
        map.read();
        memoryMap.clear();
        if (map.descriptors == null) {
            return;
        }
        int size = new LibretroStructs.MemoryDescriptor().size();
        for (int i = 0; i < map.num_descriptors; i++) {
            LibretroStructs.MemoryDescriptor d = new LibretroStructs.MemoryDescriptor(map.descriptors.share((long) i * size));
            d.read();
            memoryMap.add(d);
        }
    }

    private void require(Phase wanted, String call) {
        if (phase != wanted) {
            throw new RetroException(call + "() needs the emulator " + describe(wanted) + ", but it is "
                    + describe(phase) + (phase == Phase.CORE_READY ? "; call loadGame() first" : ""));
        }
    }

    private void requireOpen(String call) {
        if (phase == Phase.CLOSED) {
            throw new RetroException(call + "() on a closed emulator; make a new one");
        }
    }

    private static String describe(Phase p) {
        return switch (p) {
            case CORE_READY -> "with no game loaded";
            case GAME_LOADED -> "with a game loaded";
            case CLOSED -> "closed";
        };
    }

    private static Memory cString(String s) {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Memory m = new Memory(bytes.length + 1L);
        m.write(0, bytes, 0, bytes.length);
        m.setByte(bytes.length, (byte) 0);
        return m;
    }
}
