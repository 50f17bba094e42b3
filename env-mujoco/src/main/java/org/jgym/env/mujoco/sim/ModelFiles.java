package org.jgym.env.mujoco.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jgym.env.mujoco.MujocoException;

/**
 * Resolves an {@code xml_file} kwarg as Gymnasium's {@code expand_model_path} does: a path starting with {@code /}
 * or {@code .} as given, {@code ~} expanded, any other name inside the {@code gymnasium/envs/mujoco/assets} folder
 * of the installed gymnasium package (next to the {@code mujoco} package in the same site-packages; override the
 * folder with {@value #ASSETS_VARIABLE}). The models are read from the installed package, never copied.
 */
public final class ModelFiles {
    /** Environment variable naming the folder of the default models. */
    public static final String ASSETS_VARIABLE = "JGYM_MUJOCO_ASSETS";

    private ModelFiles() {
    }

    /**
     * @param owner names the env in error messages
     * @throws MujocoException when the file does not exist
     */
    public static Path resolve(String xmlFile, String owner) {
        Path path;
        if (xmlFile.startsWith("/") || xmlFile.startsWith(".")) {
            path = Paths.get(xmlFile);
        } else if (xmlFile.startsWith("~")) {
            path = Paths.get(System.getProperty("user.home") + xmlFile.substring(1));
        } else {
            path = assets().resolve(xmlFile);
        }
        if (!Files.isRegularFile(path)) {
            throw new MujocoException(owner + ": xml_file '" + xmlFile + "' not found (looked at " + path + "); give"
                    + " an MJCF path starting with / or ., or a file name in " + assets());
        }
        return path;
    }

    /** The folder of Gymnasium's MuJoCo models. */
    public static Path assets() {
        String named = System.getenv(ASSETS_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Paths.get(named);
        }
        Path sitePackages = MujocoRuntime.ensureLoaded().getParent().getParent();
        Path assets = sitePackages.resolve("gymnasium/envs/mujoco/assets");
        if (!Files.isDirectory(assets)) {
            throw new MujocoException("gymnasium's MuJoCo models are not installed (no " + assets + "); install them"
                    + " with: bash bridge/python/setup_venv.sh, or set " + ASSETS_VARIABLE);
        }
        return assets;
    }
}
