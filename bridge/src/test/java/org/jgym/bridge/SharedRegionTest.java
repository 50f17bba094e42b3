package org.jgym.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files in /dev/shm whose JVM and client both died are swept when a bridge starts; others are left alone. */
class SharedRegionTest {
    @Test
    void sweepDeletesFilesOfDeadOwnersOnly() throws IOException, InterruptedException {
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        Path dir = SharedRegion.directory();
        Path orphan = Files.createFile(dir.resolve("jgym-env-j" + dead + "-c" + dead + "-test.shm"));
        Path orphanFifo = Files.createFile(dir.resolve("jgym-env-j" + dead + "-c" + dead + "-test.wake"));
        Path clientAlive = Files.createFile(dir.resolve("jgym-vec-j" + dead + "-c" + alive + "-test.shm"));
        Path jvmAlive = Files.createFile(dir.resolve("jgym-env-j" + alive + "-c" + dead + "-test.shm"));
        try {
            assertTrue(SharedRegion.sweepOrphans() >= 2);
            assertFalse(Files.exists(orphan));
            assertFalse(Files.exists(orphanFifo));
            assertTrue(Files.exists(clientAlive));
            assertTrue(Files.exists(jvmAlive));
        } finally {
            for (Path p : new Path[] {orphan, orphanFifo, clientAlive, jvmAlive}) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void regionNamesCarryBothOwners() {
        SharedRegion r = SharedRegion.create("env", 4242, 64);
        try {
            String name = r.path().getFileName().toString();
            assertTrue(name.startsWith("jgym-env-j" + ProcessHandle.current().pid() + "-c4242-"), name);
            assertEquals(4242, r.clientPid());
        } finally {
            r.close();
        }
        assertFalse(Files.exists(r.path()));
    }

    /** The pid of a process that has exited. */
    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
