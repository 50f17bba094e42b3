package org.jgym.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jgym retro import DIR...}: stores the ROMs found under DIR next to their Gym Retro integration, in the
 * Retro adapter's user folder. The adapter is a plugin, so it is reached by name on the class path.
 */
@Command(name = "retro", mixinStandardHelpOptions = true, description = "Gym Retro tools (the env-retro-adapter plugin).",
        subcommands = {RetroCommand.Import.class, RetroCommand.Playback.class})
public final class RetroCommand implements Runnable {
    static final String TOOL = "org.jgym.env.retro.RetroTools";

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** The import subcommand. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Find ROMs whose SHA-1 an integration's rom.sha lists (files and zips, recursively) and store "
                    + "them as <JGYM_RETRO_HOME or ~/.local/share/jgym/retro>/<game>/rom.<ext>.")
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders or files to search")
        List<Path> folders;

        @Override
        public Integer call() throws Exception {
            callTool("importRoms", new Class<?>[] {List.class, java.io.PrintStream.class}, folders, System.out);
            return 0;
        }
    }

    /** The playback subcommand. */
    @Command(name = "playback", mixinStandardHelpOptions = true,
            description = "Play a .bk2 movie (recorded by jgym's or stable-retro's record option) to its end, as "
                    + "stable-retro's playback_movie does, and print its game, frames and total reward.")
    static final class Playback implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the .bk2 movie")
        Path movie;

        @Option(names = "--render", paramLabel = "PNG", description = "write the last screen to this PNG file")
        Path render;

        @Override
        public Integer call() throws Exception {
            callTool("playback", new Class<?>[] {Path.class, Path.class, java.io.PrintStream.class}, movie, render,
                    System.out);
            return 0;
        }
    }

    /** Calls a static method of the adapter's {@code RetroTools}, unwrapping its exception. */
    static Object callTool(String method, Class<?>[] types, Object... args) throws Exception {
        Class<?> tools;
        try {
            tools = Class.forName(TOOL);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the Retro adapter (env-retro-adapter) is not on the class path");
        }
        try {
            return tools.getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }
}
