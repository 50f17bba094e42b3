package org.jgym.env.retro.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing ROMs by SHA-1, from plain files and from zips, into a user folder the catalog then reads. */
class RomImporterTest {
    @TempDir
    Path tmp;

    @Test
    void findsDumpsByHashAndStoresThemNextToTheirIntegrationName() throws Exception {
        Path stable = RetroPaths.stableRetro().resolve("data").resolve("stable");
        byte[] rom = Files.readAllBytes(stable.resolve("Airstriker-Genesis-v0").resolve("rom.md"));
        Path downloads = Files.createDirectories(tmp.resolve("downloads").resolve("nested"));
        Files.write(downloads.resolve("airstriker (free).bin"), rom);
        Files.write(downloads.resolve("other.bin"), new byte[] {1, 2, 3});
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp.resolve("downloads").resolve("a.zip")))) {
            zip.putNextEntry(new ZipEntry("inner/Airstriker.md"));
            zip.write(rom);
            zip.closeEntry();
        }
        RetroCatalog catalog = new RetroCatalog(List.of(stable), List.of(RetroPaths.stableRetro().resolve("cores")));
        RomImporter importer = new RomImporter(catalog);
        assertTrue(importer.knownHashes() > 1000, "every stable integration's hashes: " + importer.knownHashes());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path home = tmp.resolve("home");
        List<String> games = importer.importFrom(List.of(tmp.resolve("downloads")), home, new PrintStream(log, true));
        assertEquals(List.of("Airstriker-Genesis-v0", "Airstriker-Genesis-v0"), games);
        assertTrue(log.toString().contains("Imported 2 games"), log.toString());
        assertArrayEquals(rom, Files.readAllBytes(home.resolve("Airstriker-Genesis-v0").resolve("rom.md")));
        RetroCatalog withHome = new RetroCatalog(List.of(home, stable), List.of(RetroPaths.stableRetro().resolve("cores")));
        assertEquals(home.resolve("Airstriker-Genesis-v0").resolve("rom.md"), withHome.rom("Airstriker-Genesis-v0"));
    }
}
