package org.jgym.env.retro.libretro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Structure;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the JNA bindings against libretro's own description, libretro.h (Debian package retroarch-dev, installed by
 * scripts/install-native): constants, the field names, offsets and sizes of every structure (laid out with the
 * x86-64 C rules), and the name and arity of every bound function. The C shim's callback types and pixel formats
 * are checked against the same header when it is compiled; the last test proves it was.
 */
class LibretroBindingTest {
    static final Path HEADER = Path.of("/usr/include/libretro-common/libretro.h");
    static String header;

    @BeforeAll
    static void readHeader() throws Exception {
        assertTrue(Files.isRegularFile(HEADER), HEADER + " is missing: run scripts/install-native (Debian retroarch-dev)");
        String text = Files.readString(HEADER);
        header = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    @Test
    void constantsMatchTheHeader() throws Exception {
        int checked = 0;
        for (Field f : Libretro.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            long java = ((Number) f.get(null)).longValue();
            assertEquals(evaluate("RETRO_" + f.getName()), java, f.getName());
            checked++;
        }
        assertTrue(checked >= 15, "checked " + checked);
    }

    @Test
    void structuresHaveTheHeadersFieldsOffsetsAndSizes() throws Exception {
        Map<String, Class<? extends Structure>> structs = Map.of(
                "retro_game_info", LibretroStructs.GameInfo.class,
                "retro_system_info", LibretroStructs.SystemInfo.class,
                "retro_game_geometry", LibretroStructs.GameGeometry.class,
                "retro_system_timing", LibretroStructs.SystemTiming.class,
                "retro_system_av_info", LibretroStructs.SystemAvInfo.class,
                "retro_variable", LibretroStructs.Variable.class,
                "retro_memory_descriptor", LibretroStructs.MemoryDescriptor.class,
                "retro_memory_map", LibretroStructs.MemoryMap.class);
        Method offset = Structure.class.getDeclaredMethod("fieldOffset", String.class);
        offset.setAccessible(true);
        for (Map.Entry<String, Class<? extends Structure>> e : structs.entrySet()) {
            CLayout c = layout(e.getKey());
            Structure s = e.getValue().getDeclaredConstructor().newInstance();
            List<String> javaFields = e.getValue().getAnnotation(Structure.FieldOrder.class) == null ? List.of()
                    : List.of(e.getValue().getAnnotation(Structure.FieldOrder.class).value());
            assertEquals(c.names, javaFields, e.getKey() + " fields");
            for (int i = 0; i < c.names.size(); i++) {
                assertEquals(c.offsets.get(i), (int) offset.invoke(s, c.names.get(i)), e.getKey() + "." + c.names.get(i));
            }
            assertEquals(c.size, s.size(), e.getKey() + " size");
        }
    }

    @Test
    void everyBoundFunctionIsDeclaredWithTheSameArity() {
        for (Method m : LibretroApi.class.getDeclaredMethods()) {
            Matcher d = Pattern.compile("RETRO_API\\s+[^;(]*\\b" + m.getName() + "\\s*\\(([^)]*)\\)").matcher(header);
            assertTrue(d.find(), m.getName() + " is not declared in libretro.h");
            String params = d.group(1).trim();
            int arity = params.equals("void") || params.isEmpty() ? 0 : params.split(",").length;
            assertEquals(arity, m.getParameterCount(), m.getName());
        }
    }

    @Test
    void theNativeShimWasCompiledAgainstTheHeader() {
        NativeFrontend.ensureLoaded();
        assertEquals(1, NativeFrontend.jgym_retro_checked_against_header(),
                "libjgymretro.so was built without libretro.h, so its callback types were not checked; install"
                        + " retroarch-dev (scripts/install-native) and rebuild");
    }

    /** Value of a #define or enum constant, with | and << as libretro.h uses them. */
    private static long evaluate(String name) {
        Matcher define = Pattern.compile("#define\\s+" + name + "\\s+([^\n]+)").matcher(header);
        Matcher enumerator = Pattern.compile("\\b" + name + "\\s*=\\s*([^,\n}]+)").matcher(header);
        String expr = define.find() ? define.group(1) : enumerator.find() ? enumerator.group(1) : null;
        assertTrue(expr != null, name + " is not in libretro.h");
        return new Expr(expr.trim()).parseOr();
    }

    /** A tiny parser for the constant expressions of libretro.h: numbers, names, parentheses, | and <<. */
    private static final class Expr {
        final String s;
        int i;

        Expr(String s) {
            this.s = s;
        }

        long parseOr() {
            long v = parseShift();
            while (peek() == '|') {
                i++;
                v |= parseShift();
            }
            return v;
        }

        long parseShift() {
            long v = atom();
            while (s.startsWith("<<", skip())) {
                i += 2;
                v <<= atom();
            }
            return v;
        }

        long atom() {
            skip();
            if (s.charAt(i) == '(') {
                i++;
                long v = parseOr();
                skip();
                i++; // ')'
                return v;
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            String tok = s.substring(start, i);
            if (Character.isDigit(tok.charAt(0))) {
                return Long.decode(tok.replaceAll("[uUlL]+$", ""));
            }
            return evaluate(tok);
        }

        int skip() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        char peek() {
            skip();
            return i < s.length() ? s.charAt(i) : 0;
        }
    }

    /** Field names, offsets and size of a C struct of libretro.h, laid out with the x86-64 System V rules. */
    private record CLayout(List<String> names, List<Integer> offsets, int size, int align) {
    }

    private static CLayout layout(String struct) {
        Matcher m = Pattern.compile("struct\\s+" + struct + "\\s*\\{([^}]*)\\}\\s*;").matcher(header);
        assertTrue(m.find(), "struct " + struct + " is not in libretro.h");
        List<String> names = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int offset = 0;
        int align = 1;
        for (String decl : m.group(1).split(";")) {
            decl = decl.trim();
            if (decl.isEmpty()) {
                continue;
            }
            Matcher d = Pattern.compile("(.*?)([*\\s]+)(\\w+)$").matcher(decl);
            assertTrue(d.matches(), decl);
            int size;
            int fieldAlign;
            if (d.group(2).contains("*")) {
                size = 8;
                fieldAlign = 8;
            } else if (d.group(1).trim().startsWith("struct ")) {
                CLayout inner = layout(d.group(1).trim().substring("struct ".length()).trim());
                size = inner.size;
                fieldAlign = inner.align;
            } else {
                size = switch (d.group(1).trim()) {
                    case "bool", "char", "uint8_t" -> 1;
                    case "int16_t", "uint16_t" -> 2;
                    case "unsigned", "int", "float", "uint32_t", "int32_t" -> 4;
                    case "size_t", "uint64_t", "int64_t", "double" -> 8;
                    default -> throw new AssertionError("unknown C type " + d.group(1));
                };
                fieldAlign = size;
            }
            offset = (offset + fieldAlign - 1) / fieldAlign * fieldAlign;
            names.add(d.group(3));
            offsets.add(offset);
            offset += size;
            align = Math.max(align, fieldAlign);
        }
        return new CLayout(names, offsets, (offset + align - 1) / align * align, align);
    }
}
