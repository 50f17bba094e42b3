package org.jgym.env.retro;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;
import org.jgym.env.retro.integration.AddressSpace;
import org.jgym.env.retro.integration.Integration;
import org.jgym.env.retro.integration.Scenario;
import org.jgym.env.retro.integration.SystemSpec;
import org.jgym.env.retro.integration.Variable;
import org.jgym.env.retro.libretro.Emulator;
import org.jgym.env.retro.libretro.MemoryBlock;

/**
 * A Gym Retro game as a Gymnasium env, step for step like stable-retro's {@code RetroEnv}: one step is one frame;
 * observations are the RGB screen (uint8 H x W x 3, cropped by the scenario) or the RAM blocks; the reward and
 * termination come from the scenario; info holds every data.json variable.
 *
 * <p>Construction loads the game and runs one frame; every reset restores the start state, runs one frame with no
 * button pressed and snapshots the RAM; deltas are taken against the previous snapshot. The env owns one
 * {@link Emulator}, so envs of the same core run side by side in one JVM.
 */
public final class RetroEnv extends AbstractEnv<byte[], Object> implements TaskEnv<RetroTask> {
    /** Render modes and frame rate (stable-retro's {@code video.frames_per_second}). */
    public static final EnvMetadata METADATA = new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY), 60.0);

    private Integration integration;
    private final Function<RetroTask, Integration> opener;
    private final RetroTaskDistribution states;
    private final Emulator emulator;
    private final ButtonActions actions;
    private final boolean ramObservation;
    private final AddressSpace memory;
    private final List<MemoryBlock> blocks;
    private final Box<byte[]> observationSpace;
    private final byte[] screen;
    private final byte[] image;
    private final byte[] ram;
    private final int[] crop;
    private final Scenario.Values values = new Scenario.Values() {
        @Override
        public long value(String name) {
            return memory.read(integration.data().variable(name));
        }

        @Override
        public long delta(String name) {
            return memory.delta(integration.data().variable(name));
        }
    };

    /**
     * @param integration the resolved game
     * @param core        the core library to run it on
     * @param mode        how actions are given
     * @param ram         observe the RAM instead of the screen
     * @param renderMode  {@code rgb_array} or null
     * @param opener      resolves a task (another state of the game) to its integration, for {@link #setTask}
     * @param states      the game's states as tasks
     */
    public RetroEnv(Integration integration, Path core, ButtonActions.Mode mode, boolean ram, String renderMode,
            Function<RetroTask, Integration> opener, RetroTaskDistribution states) {
        super(METADATA, renderMode);
        this.integration = integration;
        this.opener = opener;
        this.states = states;
        SystemSpec system = integration.system();
        List<List<List<String>>> groups = integration.scenario().actions() != null ? integration.scenario().actions()
                : system.actions();
        this.actions = new ButtonActions(system.buttons(), groups, mode);
        this.ramObservation = ram;
        this.emulator = Emulator.load(core, core.getParent());
        try {
            emulator.loadGame(integration.rom(), integration.romBytes());
            blocks = emulator.memoryBlocks(system.ramBase());
            long[] starts = blocks.stream().mapToLong(MemoryBlock::start).toArray();
            int[] sizes = blocks.stream().mapToInt(MemoryBlock::size).toArray();
            memory = new AddressSpace(starts, sizes, system.overlayOrder(), system.overlayWidth());
            emulator.run(); // stable-retro runs one frame right after loading
            screen = new byte[emulator.screenWidth() * emulator.screenHeight() * 3];
            crop = cropRectangle(integration.scenario().crop(), emulator.screenWidth(), emulator.screenHeight());
            boolean whole = crop[2] == emulator.screenWidth() && crop[3] == emulator.screenHeight();
            image = whole ? screen : new byte[crop[2] * crop[3] * 3];
            this.ram = new byte[memory.totalSize()];
            if (ram && this.ram.length == 0) {
                throw new RetroException(integration.game() + ": the core exposes no RAM to observe");
            }
            observationSpace = ram ? Box.uint8(0, 255, this.ram.length) : Box.uint8(0, 255, crop[3], crop[2], 3);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    /** x, y, width, height of the observed part of the screen, as stable-retro clips a scenario's crop. */
    private static int[] cropRectangle(int[] crop, int width, int height) {
        int x = 0;
        int y = 0;
        int w = 0;
        int h = 0;
        if (crop != null) {
            x = crop[0];
            y = crop[1];
            w = crop[2];
            h = crop[3];
        }
        int right = w == 0 || x + w > width ? width : x + w;
        int bottom = h == 0 || y + h > height ? height : y + h;
        return new int[] {x, y, right - x, bottom - y};
    }

    @Override
    protected byte[] onReset(Map<String, Object> options, Map<String, Object> info) {
        if (integration.initialState() != null) {
            emulator.unserialize(integration.initialState());
        }
        emulator.setButtons(0, 0);
        emulator.run();
        snapshot();
        return observe();
    }

    @Override
    protected void onStep(Object action, StepResult<byte[]> out) {
        emulator.setButtons(0, actions.toMask(action));
        emulator.run();
        snapshot();
        double reward = integration.scenario().reward(values);
        boolean done = integration.scenario().done(values);
        Map<String, Object> info = out.info();
        for (Variable v : integration.data().variables().values()) {
            if (memory.canRead(v)) {
                info.put(v.name(), memory.read(v));
            }
        }
        out.set(observe(), reward, done, false);
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
        emulator.screenRgb(screen);
        if (image != screen) {
            int rowBytes = crop[2] * 3;
            int width = emulator.screenWidth();
            for (int r = 0; r < crop[3]; r++) {
                System.arraycopy(screen, ((crop[1] + r) * width + crop[0]) * 3, image, r * rowBytes, rowBytes);
            }
        }
        return image;
    }

    @Override
    protected Frame onRender(String mode) {
        return new RgbFrame(crop[3], crop[2], readScreen().clone());
    }

    @Override
    public Space<byte[]> observationSpace() {
        return observationSpace;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Space<Object> actionSpace() {
        return (Space<Object>) actions.space();
    }

    /** The integration this env runs. */
    public Integration integration() {
        return integration;
    }

    /** The emulator, for tools that need the core directly (save states, memory). */
    public Emulator emulator() {
        return emulator;
    }

    /** Button names of the system, in bit order. */
    public List<String> buttons() {
        return integration.system().buttons();
    }

    /** The action groups as button masks, in the order the discrete modes index them. */
    public List<int[]> buttonCombos() {
        return actions.groups();
    }

    @Override
    public TaskDistribution<RetroTask> taskDistribution() {
        return states;
    }

    /**
     * Starts the next episodes from another state of this game; the other rules stay. A task of another game is
     * refused (make that game's env), with the missing-ROM message when its ROM is not imported.
     */
    @Override
    public void setTask(RetroTask task) {
        if (!task.game().equals(integration.game())) {
            throw new RetroException("task " + task + " is for another game; this env runs " + integration.game()
                    + ": make " + task.game() + " to play it");
        }
        integration = opener.apply(task);
    }

    @Override
    public RetroTask task() {
        return new RetroTask(integration.game(), integration.stateName());
    }

    @Override
    protected void onClose() {
        emulator.close();
    }
}
