package org.jgym.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jgym.env.api.JgymException;

/**
 * A memory-mapped file shared with the Python process: in /dev/shm when it exists (RAM, no disk writes), else in
 * the temp folder. The file is deleted on {@link #close}; the pages go away when both sides have unmapped it.
 */
final class SharedRegion implements AutoCloseable {
    /** File names start with this, so leaks are easy to spot and tests can count them. */
    static final String PREFIX = "jgym-";

    private final Path path;
    private final MappedByteBuffer buffer;
    private volatile boolean closed;

    private SharedRegion(Path path, MappedByteBuffer buffer) {
        this.path = path;
        this.buffer = buffer;
    }

    /** Creates and maps a zero-filled file of {@code size} bytes whose name contains {@code label}. */
    static SharedRegion create(String label, int size) {
        Path dir = directory();
        try {
            Path file = Files.createTempFile(dir, PREFIX + label + "-", ".shm");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_WRITE, 0, Math.max(size, 8));
                b.order(ByteOrder.LITTLE_ENDIAN);
                return new SharedRegion(file, b);
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
