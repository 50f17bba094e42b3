package org.jgym.env.mujoco.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.mujoco.sim.MujocoRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated offset and size against gcc's offsetof/sizeof on the installed MuJoCo headers. */
class BindingLayoutTest {
    @TempDir
    Path dir;

    @Test
    void everyGeneratedFieldMatchesTheCompiler() throws Exception {
        Path include = MujocoRuntime.ensureLoaded().getParent().resolve("include");
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stddef.h>\n#include <mujoco/mujoco.h>\n"
                + "int main(void) {\n");
        Map<String, Long> expected = new HashMap<>();
        int fields = 0;
        for (Structs.Entry entry : Structs.ALL) {
            String s = entry.cName();
            c.append(String.format("  printf(\"%s %%zu\\n\", sizeof(%s));%n", s, s));
            expected.put(s, entry.size());
            for (StructField f : entry.layout()) {
                String key = s + "." + f.cPath();
                c.append(String.format("  printf(\"%s %%zu %%zu\\n\", offsetof(%s, %s), sizeof(((%s*)0)->%s));%n",
                        key, s, f.cPath(), s, f.cPath()));
                expected.put(key + " offset", f.offset());
                expected.put(key + " size", f.size());
                fields++;
            }
        }
        c.append("  return 0;\n}\n");
        Path source = dir.resolve("layout.c");
        Files.writeString(source, c);
        Path exe = dir.resolve("layout");
        run(List.of("gcc", "-I", include.toString(), "-o", exe.toString(), source.toString()));
        String out = run(List.of(exe.toString()));
        int checked = 0;
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                assertEquals(expected.get(parts[0]), Long.parseLong(parts[1]), "sizeof " + parts[0]);
            } else {
                assertEquals(expected.get(parts[0] + " offset"), Long.parseLong(parts[1]), "offsetof " + parts[0]);
                assertEquals(expected.get(parts[0] + " size"), Long.parseLong(parts[2]), "sizeof " + parts[0]);
                checked++;
            }
        }
        assertEquals(fields, checked);
        assertTrue(fields > 900, "expected the full mjModel/mjData layout, got " + fields + " fields");
    }

    @Test
    void loadedLibraryHasTheGeneratedVersion() {
        MujocoRuntime.ensureLoaded();
        assertEquals(MujocoLib.GENERATED_VERSION, MujocoLib.mj_version());
        assertEquals("4.0.0", MujocoLib.mj_versionString());
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }
}
