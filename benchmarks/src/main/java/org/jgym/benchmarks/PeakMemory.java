package org.jgym.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident set size of this process, read from /proc (Linux). */
final class PeakMemory {
    private PeakMemory() {
    }

    /** Prints the peak RSS (VmHWM) in MiB as a line the bench script picks up. */
    static void report(String benchmark) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D+", ""));
                    System.out.printf("%nPEAK_RSS_MIB %s %.1f%n", benchmark, kib / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.out.println("PEAK_RSS_MIB " + benchmark + " unavailable: " + e.getMessage());
        }
    }
}
