package org.jgym.env.retro;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.retro.integration.AddressSpace;
import org.jgym.env.retro.integration.DataType;
import org.jgym.env.retro.integration.Integration;
import org.jgym.env.retro.integration.Scenario;
import org.jgym.env.retro.integration.ScenarioRun;
import org.jgym.env.retro.integration.SystemSpec;
import org.jgym.env.retro.integration.Variable;
import org.jgym.env.retro.libretro.Emulator;
import org.jgym.env.retro.libretro.MemoryBlock;
import org.jgym.env.retro.movie.MovieRecorder;

/**
 * One loaded game of a {@link RetroEnv}: its emulator, RAM snapshots, action mapping and observation buffers, with
 * stable-retro's frame logic (one frame after loading; reset = restore the state, one frame with no button).
 */
final class GameSession implements AutoCloseable {
    private static final DataType BYTE = DataType.parse("|u1");

    private Integration integration;
    private final Emulator emulator;
    private final ButtonActions actions;
    private final int[] masks;
    private final boolean ramObservation;
    private final AddressSpace memory;
    private final List<MemoryBlock> blocks;
    private final Box<byte[]> observationSpace;
    private final byte[] image;
    private final byte[] ram;
    private final int[] crop;
    private ScenarioRun scenario;
    private final int[] noButtons;
    private MovieRecorder recorder;
    private final Scenario.Values values = new Scenario.Values() {
        @Override
        public long value(String name) {
            return memory.read(integration.data().variable(name));
        }

        @Override
        public long delta(String name) {
            return memory.delta(integration.data().variable(name));
        }

        @Override
        public long byteAt(long address) {
            Variable v = new Variable("data[" + address + "]", address, BYTE, -1L);
            if (address < 0 || !memory.canRead(v)) {
                throw new RetroException("Out of bounds access: no memory block holds address " + address);
            }
            return memory.read(v);
        }
    };

    GameSession(Integration integration, Path core, ButtonActions.Mode mode, int players, boolean ramObservation) {
        this.integration = integration;
        this.scenario = new ScenarioRun(integration.scenario(), values, integration.data().variables().keySet());
        SystemSpec system = integration.system();
        List<List<List<String>>> groups = integration.scenario().actions() != null ? integration.scenario().actions()
                : system.actions();
        if (players < 1 || players > Emulator.MAX_PLAYERS) {
            throw new RetroException("players must be 1.." + Emulator.MAX_PLAYERS + ", got " + players);
        }
        this.actions = new ButtonActions(system.buttons(), groups, mode, players);
        this.masks = new int[players];
        this.noButtons = new int[players];
        this.ramObservation = ramObservation;
        this.emulator = Emulator.load(core, core.getParent());
        try {
            emulator.loadGame(integration.rom(), integration.romBytes());
            blocks = emulator.memoryBlocks(system.ramBase());
            long[] starts = blocks.stream().mapToLong(MemoryBlock::start).toArray();
            int[] sizes = blocks.stream().mapToInt(MemoryBlock::size).toArray();
            memory = new AddressSpace(starts, sizes, system.overlayOrder(), system.overlayWidth());
            emulator.run(); // stable-retro runs one frame right after loading
            crop = cropRectangle(integration.scenario().crop(), emulator.screenWidth(), emulator.screenHeight());
            image = new byte[crop[2] * crop[3] * 3];
            ram = new byte[memory.totalSize()];
            if (ramObservation && ram.length == 0) {
                throw new RetroException(integration.game() + ": the core exposes no RAM to observe");
            }
            observationSpace = ramObservation ? Box.uint8(0, 255, ram.length) : Box.uint8(0, 255, crop[3], crop[2], 3);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    /** x, y, width, height of the observed part of the screen, as stable-retro clips a scenario's crop. */
    private static int[] cropRectangle(int[] crop, int width, int height) {
        int x = crop == null ? 0 : crop[0];
        int y = crop == null ? 0 : crop[1];
        int w = crop == null ? 0 : crop[2];
        int h = crop == null ? 0 : crop[3];
        int right = w == 0 || x + w > width ? width : x + w;
        int bottom = h == 0 || y + h > height ? height : y + h;
        return new int[] {x, y, right - x, bottom - y};
    }

    Integration integration() {
        return integration;
    }

    /** Another start state of the same game, used from the next reset on. */
    void setIntegration(Integration sameGame) {
        this.integration = sameGame;
        this.scenario = new ScenarioRun(sameGame.scenario(), values, sameGame.data().variables().keySet());
    }

    /** Logs every frame from now on (the reset's and each step's buttons) into {@code recorder}, or stops (null). */
    void record(MovieRecorder recorder) {
        this.recorder = recorder;
    }

    Emulator emulator() {
        return emulator;
    }

    ButtonActions actions() {
        return actions;
    }

    Box<byte[]> observationSpace() {
        return observationSpace;
    }

    @SuppressWarnings("unchecked")
    Space<Object> actionSpace() {
        return (Space<Object>) actions.space();
    }

    byte[] reset() {
        if (integration.initialState() != null) {
            emulator.unserialize(integration.initialState());
        }
        for (int p = 0; p < masks.length; p++) {
            emulator.setButtons(p, 0);
        }
        emulator.run();
        if (recorder != null) {
            recorder.frame(noButtons); // stable-retro's reset logs its own frame too
        }
        snapshot();
        scenario.restart();
        scenario.update(); // as stable-retro's reset: the rules (and scripts) see frame 0; the result is dropped
        return observe();
    }

    /**
     * Runs one frame with the action's buttons (every player's); fills {@code info} with every readable variable.
     * The reward is player 0's, as stable-retro's default.
     */
    byte[] step(Object action, Map<String, Object> info) {
        actions.toMasks(action, masks);
        if (recorder != null) {
            recorder.frame(masks); // before the frame runs, so a write failure leaves the game where it was
        }
        for (int p = 0; p < masks.length; p++) {
            emulator.setButtons(p, masks[p]);
        }
        emulator.run();
        snapshot();
        scenario.update();
        for (Variable v : integration.data().variables().values()) {
            if (memory.canRead(v)) {
                info.put(v.name(), memory.read(v));
            }
        }
        scenario.putScriptVariables(info);
        return observe();
    }

    /** The step's reward from the scenario, after {@link #step}. */
    double reward() {
        return scenario.reward();
    }

    /** Whether the scenario ended the episode, after {@link #step}. */
    boolean done() {
        return scenario.done();
    }

    private void snapshot() {
        byte[][] fill = memory.advance();
        for (int i = 0; i < fill.length; i++) {
            MemoryBlock b = blocks.get(i);
            b.data().read(0, fill[i], 0, b.size());
        }
    }

    private byte[] observe() {
        if (ramObservation) {
            memory.copyRam(ram);
            return ram;
        }
        return readScreen();
    }

    /** The current screen, cropped. */
    private byte[] readScreen() {
        emulator.screenRgb(crop[0], crop[1], crop[2], crop[3], image);
        return image;
    }

    RgbFrame render() {
        return new RgbFrame(crop[3], crop[2], readScreen().clone());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
