package org.jgym.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgym.env.api.JgymException;

/**
 * A memory-mapped file shared with the Python process: in /dev/shm when it exists (RAM, no disk writes), else in
 * the temp folder. The file is deleted on {@link #close}; the pages go away when both sides have unmapped it.
 */
final class SharedRegion implements AutoCloseable {
    /** File names start with this, so leaks are easy to spot and tests can count them. */
    static final String PREFIX = "jgym-";
    /** {@code jgym-<label>-j<jvm pid>-c<client pid>-...}: the two processes whose death makes a file garbage. */
    private static final Pattern OWNERS = Pattern.compile("^jgym-[a-z]+-j(\\d+)-c(\\d+)-");

    private final Path path;
    private final long clientPid;
    private final MappedByteBuffer buffer;
    private volatile boolean closed;

    private SharedRegion(Path path, long clientPid, MappedByteBuffer buffer) {
        this.path = path;
        this.clientPid = clientPid;
        this.buffer = buffer;
    }

    /**
     * Creates and maps a zero-filled file of {@code size} bytes whose name holds {@code label} and the pids of this
     * JVM and of the client process, so that {@link #sweepOrphans} can tell when it is garbage.
     */
    static SharedRegion create(String label, long clientPid, int size) {
        Path dir = directory();
        try {
            String prefix = PREFIX + label + "-j" + ProcessHandle.current().pid() + "-c" + clientPid + "-";
            Path file = Files.createTempFile(dir, prefix, ".shm");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_WRITE, 0, Math.max(size, 8));
                b.order(ByteOrder.LITTLE_ENDIAN);
                return new SharedRegion(file, clientPid, b);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a shared-memory file of " + size + " bytes in " + dir
                    + ": " + e.getMessage(), e);
        }
    }

    /** /dev/shm on Linux, else the temp folder; {@code jgym.shm.dir} overrides both. */
    static Path directory() {
        String configured = System.getProperty("jgym.shm.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Deletes the files (regions and wake-up FIFOs) in {@link #directory()} whose JVM and client processes are both
     * gone, left behind when both were killed. Returns how many were deleted.
     */
    static int sweepOrphans() {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory(), PREFIX + "*")) {
            for (Path f : files) {
                Matcher m = OWNERS.matcher(f.getFileName().toString());
                if (m.find() && !alive(m.group(1)) && !alive(m.group(2)) && Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("jgym bridge: could not sweep " + directory() + " for orphaned files: " + e);
        }
        return deleted;
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid of ours: leave the file alone
        }
    }

    long clientPid() {
        return clientPid;
    }

    MappedByteBuffer buffer() {
        if (closed) {
            throw new JgymException("shared-memory region " + path + " is closed");
        }
        return buffer;
    }

    Path path() {
        return path;
    }

    int size() {
        return buffer.capacity();
    }

    /** Deletes the file; the mapping stays valid until garbage-collected, so late readers do not crash. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete shared-memory file " + path, e);
            }
        }
    }
}
