package org.jgym.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real CLI in a fresh JVM (this test class path plus extra jars), as the launcher runs it. */
final class CliProcess {
    private CliProcess() {
    }

    /** Runs {@code jgym args...} with {@code extraClassPath} after the test class path and {@code env} set. */
    static CliRun run(List<Path> extraClassPath, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        extraClassPath.forEach(p -> cp.append(File.pathSeparator).append(p));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true", "-cp", cp.toString(), JgymCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JGYM_PLUGINS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("jgym-cli", ".out");
        Path err = Files.createTempFile("jgym-cli", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("jgym " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
