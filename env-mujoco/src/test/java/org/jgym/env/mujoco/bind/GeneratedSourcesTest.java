package org.jgym.env.mujoco.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.jgym.env.mujoco.sim.MujocoRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in binding is exactly what the generator makes from the installed mujoco package. */
class GeneratedSourcesTest {
    @TempDir
    Path dir;

    @Test
    void regeneratingGivesTheCheckedInSources() throws Exception {
        // <venv>/lib/python3.x/site-packages/mujoco/libmujoco.so.4.0.0 -> <venv>/bin/python
        Path venv = MujocoRuntime.ensureLoaded().getParent().getParent().getParent().getParent().getParent();
        Path module = Paths.get("").toAbsolutePath();
        BindingLayoutTest.run(List.of(venv.resolve("bin/python").toString(),
                module.resolve("scripts/generate_bindings.py").toString(), dir.toString()));
        Path checkedIn = module.resolve("src/main/java/org/jgym/env/mujoco/bind");
        List<Path> generated;
        try (Stream<Path> files = Files.list(dir)) {
            generated = files.sorted().toList();
        }
        try (Stream<Path> files = Files.list(checkedIn)) {
            assertEquals(generated.size(), files.count(), "number of generated files");
        }
        for (Path file : generated) {
            assertEquals(Files.readString(file), Files.readString(checkedIn.resolve(file.getFileName())),
                    file.getFileName() + " differs from the generator's output; re-run scripts/generate_bindings.py");
        }
    }
}
