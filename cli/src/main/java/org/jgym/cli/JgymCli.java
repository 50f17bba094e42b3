package org.jgym.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jgym} command; each subcommand is a class of its own. */
@Command(name = "jgym", mixinStandardHelpOptions = true, version = "jgym 0.1.0",
        description = "Gymnasium-style (meta-)RL environments on the JVM.",
        subcommands = {ListCommand.class, CheckCommand.class, RolloutCommand.class, TasksCommand.class,
            DemoCommand.class, ServeCommand.class, TrainCommand.class, EvalCommand.class, ExperimentCommand.class,
            NewPluginCommand.class, RetroCommand.class})
public final class JgymCli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        PluginPath.warningsOfThisRun().forEach(w -> System.err.println("jgym: warning: " + w));
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 a check or run failed, 2 bad input or an error. */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** The configured command line; errors print as one line ("jgym: error: ...") or one JSON object. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new JgymCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean json = parseResult.hasMatchedOption("--json")
                    || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--json");
            PrintWriter err = commandLine.getErr();
            String message = Output.errorLine(e);
            if (json) {
                commandLine.getOut().println(Output.errorJson(message));
                commandLine.getOut().flush();
            }
            err.println("jgym: error: " + message);
            err.flush();
            return 2;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("jgym: error: " + e.getMessage() + " (see 'jgym " + e.getCommandLine().getCommandName()
                    + " --help')");
            err.flush();
            return 2;
        });
        return cli;
    }
}
