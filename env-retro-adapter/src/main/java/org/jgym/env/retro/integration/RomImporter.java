package org.jgym.env.retro.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jgym.env.retro.RetroException;

/**
 * Finds ROM dumps whose SHA-1 an integration's rom.sha lists (files and zip entries, folders searched recursively)
 * and stores each as {@code <dest>/<game>/rom.<ext>}, as {@code python -m stable_retro.import} does; NES ROMs are
 * hashed without their 16-byte header. The catalog then finds these ROMs next to the package's integration files.
 */
public final class RomImporter {
    private static final int MAX_ROM = 32 << 20;

    private record Target(String game, String extension) {
    }

    private final Map<String, Target> known = new LinkedHashMap<>();

    /** Learns every SHA-1 of the catalog's integrations. */
    public RomImporter(RetroCatalog catalog) {
        for (String game : catalog.games()) {
            SystemSpec system = catalog.systemOfGame(game);
            Path sha = catalog.find(game, "rom.sha");
            if (system == null || sha == null || system.extensions().isEmpty()) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(sha)) {
                    if (!line.isBlank()) {
                        known.putIfAbsent(line.strip().toLowerCase(Locale.ROOT), new Target(game, system.extensions().get(0)));
                    }
                }
            } catch (IOException e) {
                throw new RetroException("could not read " + sha + ": " + e.getMessage(), e);
            }
        }
    }

    /** Number of known ROM hashes. */
    public int knownHashes() {
        return known.size();
    }

    /**
     * Imports every matching ROM under {@code folders} into {@code dest}; reports each game on {@code log}.
     *
     * @return the games imported
     */
    public List<String> importFrom(List<Path> folders, Path dest, PrintStream log) {
        List<String> imported = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                throw new RetroException("no such file or folder: " + folder);
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = f.getFileName().toString();
                    byte[] data = Files.size(f) > MAX_ROM * 2L ? null : Files.readAllBytes(f);
                    if (data == null) {
                        continue;
                    }
                    offer(name, data, dest, log, imported);
                    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
                            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                                if (!e.isDirectory()) {
                                    offer(e.getName(), readAtMost(zip), dest, log, imported);
                                }
                            }
                        } catch (IOException ignored) {
                            // not a readable zip: its bytes were offered as they are
                        }
                    }
                }
            } catch (IOException e) {
                throw new RetroException("could not read " + folder + ": " + e.getMessage(), e);
            }
        }
        log.println("Imported " + imported.size() + " games");
        return imported;
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        return in.readNBytes(MAX_ROM + 1);
    }

    private void offer(String name, byte[] data, Path dest, PrintStream log, List<String> imported) throws IOException {
        if (data.length > MAX_ROM) {
            return;
        }
        boolean nes = name.toLowerCase(Locale.ROOT).endsWith(".nes");
        Target t = known.get(Integration.sha1(data, nes ? 16 : 0));
        if (t == null) {
            return;
        }
        Path dir = Files.createDirectories(dest.resolve(t.game()));
        Files.write(dir.resolve("rom." + t.extension()), data);
        log.println("Importing " + t.game());
        imported.add(t.game());
    }
}
