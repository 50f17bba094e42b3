package org.jgym.env.retro;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.jgym.env.retro.integration.RetroCatalog;
import org.jgym.env.retro.integration.RetroPaths;
import org.jgym.env.retro.integration.RomImporter;

/** Entry points of the {@code jgym retro} command, called by name so that the CLI needs no compile-time link. */
public final class RetroTools {
    private RetroTools() {
    }

    /** {@code jgym retro import DIR...}: imports matching ROMs into the user folder ({@link RetroPaths#importHome}). */
    public static List<String> importRoms(List<Path> folders, PrintStream log) {
        RomImporter importer = new RomImporter(RetroCatalog.standard(null));
        return importer.importFrom(folders, RetroPaths.importHome(), log);
    }
}
