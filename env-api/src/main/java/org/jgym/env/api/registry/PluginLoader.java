package org.jgym.env.api.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads one kind of provider through {@link ServiceLoader} so that a faulty plugin costs only itself: each
 * failure becomes one warning line naming the provider class and the jar whose services file lists it.
 */
final class PluginLoader {
    /** ServiceLoader names the provider class in its messages: "Provider a.B not found", "a.B not a subtype". */
    private static final Pattern PROVIDER_IN_MESSAGE =
            Pattern.compile("Provider ([\\w.$]+)|: ([\\w.$]+) not a subtype");
    /** A corrupt services file could make the iterator fail forever; give up after this many failures. */
    private static final int MAX_FAILURES = 1000;

    private final ClassLoader loader;
    private final List<String> warnings;

    PluginLoader(ClassLoader loader, List<String> warnings) {
        this.loader = loader;
        this.warnings = warnings;
    }

    /** Registers every item of every {@code service} provider with {@code add}; faults become warnings. */
    <P, S> void load(Class<P> service, Function<P, List<S>> items, BiConsumer<S, Registry.Origin> add) {
        Map<String, String> jars = null;
        Iterator<P> providers = ServiceLoader.load(service, loader).iterator();
        for (int failures = 0; failures < MAX_FAILURES; ) {
            P provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                if (jars == null) {
                    jars = listedIn(service);
                }
                warnings.add(skipped(service, e, jars));
                continue;
            }
            Registry.Origin origin = Registry.originOf(provider.getClass());
            List<S> listed;
            try {
                listed = items.apply(provider);
            } catch (RuntimeException | LinkageError e) {
                warnings.add("skipped plugin provider " + origin.provider() + " in " + origin.location()
                        + ": listing its items failed with " + e);
                continue;
            }
            for (S item : listed == null ? List.<S>of() : listed) {
                try {
                    add.accept(item, origin);
                } catch (RuntimeException e) {
                    warnings.add("skipped an item of plugin provider " + origin.provider() + " in "
                            + origin.location() + ": " + e.getMessage());
                }
            }
        }
    }

    private static String skipped(Class<?> service, Throwable e, Map<String, String> jars) {
        String className = providerClass(e.getMessage());
        String jar = className == null ? null : jars.get(className);
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String why = cause == e ? e.getMessage() : cause.toString();
        return "skipped plugin provider " + (className == null ? "(unknown class)" : className)
                + (jar == null ? "" : " in " + jar) + " (listed in META-INF/services/" + service.getName() + "): "
                + why;
    }

    private static String providerClass(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = PROVIDER_IN_MESSAGE.matcher(message);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** Provider class name to the jar (or folder) whose services file lists it. */
    private Map<String, String> listedIn(Class<?> service) {
        Map<String, String> out = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + service.getName());
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                String jar = jarOf(file);
                try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                            .forEach(name -> out.putIfAbsent(name, jar));
                }
            }
        } catch (IOException e) {
            // the names stay unknown; the warning still says which class failed
        }
        return out;
    }

    private static String jarOf(URL servicesFile) {
        String s = servicesFile.getPath();
        int bang = s.indexOf("!/");
        String location = bang >= 0 ? s.substring(0, bang) : s.substring(0, s.indexOf("META-INF/services/"));
        return location.startsWith("file:") ? location.substring("file:".length()) : location;
    }
}
