package org.jgym.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jgym retro import DIR...}: stores the ROMs found under DIR next to their Gym Retro integration, in the
 * Retro adapter's user folder. The adapter is a plugin, so it is reached by name on the class path.
 */
@Command(name = "retro", mixinStandardHelpOptions = true, description = "Gym Retro tools (the env-retro-adapter plugin).",
        subcommands = RetroCommand.Import.class)
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
            Class<?> tools;
            try {
                tools = Class.forName(TOOL);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the Retro adapter (env-retro-adapter) is not on the class path");
            }
            try {
                tools.getMethod("importRoms", List.class, java.io.PrintStream.class).invoke(null, folders, System.out);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
            return 0;
        }
    }
}
