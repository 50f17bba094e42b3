package org.jgym.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.TaskDistributionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgym new-plugin DIR --package P --name N}: writes a plugin project that builds and passes its tests. */
@Command(name = "new-plugin", mixinStandardHelpOptions = true,
        description = "Write a buildable plugin project: a pom with pinned plugins, an env N-v0 with a task "
                + "distribution and an agent, the three META-INF/services files, and jgym-testkit contract tests.")
final class NewPluginCommand implements Callable<Integer> {
    private static final String TEMPLATES = "plugin-template/";
    private static final String AGENT_PROVIDER = "org.jgym.env.api.agent.AgentProvider";

    @Parameters(index = "0", paramLabel = "DIR", description = "folder to create (must not exist or be empty)")
    Path dir;

    @Option(names = "--package", required = true, paramLabel = "P", description = "Java package, e.g. com.example.pendulum")
    String packageName;

    @Option(names = "--name", required = true, paramLabel = "N",
            description = "env name in UpperCamelCase, e.g. Pendulum (the env id is N-v0)")
    String name;

    @Override
    public Integer call() throws IOException {
        if (!packageName.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
            throw new JgymException("--package must be a Java package in lower case such as com.example.pendulum, got '"
                    + packageName + "'");
        }
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw new JgymException("--name must be an UpperCamelCase identifier such as Pendulum, got '" + name + "'");
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new JgymException(dir + " already exists and is not an empty folder; choose a new one");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("@PACKAGE@", packageName);
        values.put("@NAME@", name);
        values.put("@LOWER@", lower);
        values.put("@ARTIFACT@", lower + "-plugin");
        Properties versions = versions();
        values.put("@JGYM_VERSION@", versions.getProperty("jgym.version"));
        values.put("@JUNIT_VERSION@", versions.getProperty("junit.version"));
        Path main = dir.resolve("src/main/java/" + packageName.replace('.', '/'));
        Path test = dir.resolve("src/test/java/" + packageName.replace('.', '/'));
        Path services = dir.resolve("src/main/resources/META-INF/services");
        write("pom.xml.tmpl", dir.resolve("pom.xml"), values);
        write("README.md.tmpl", dir.resolve("README.md"), values);
        for (String kind : new String[] {"Env", "Goals", "Agent", "Plugin"}) {
            write(kind + ".java.tmpl", main.resolve(name + kind + ".java"), values);
        }
        write("EnvContractTest.java.tmpl", test.resolve(name + "EnvContractTest.java"), values);
        write("GoalsContractTest.java.tmpl", test.resolve(name + "GoalsContractTest.java"), values);
        String provider = packageName + "." + name + "Plugin\n";
        Files.createDirectories(services);
        for (String service : new String[] {EnvProvider.class.getName(), TaskDistributionProvider.class.getName(),
            AGENT_PROVIDER}) {
            Files.writeString(services.resolve(service), provider);
        }
        System.out.println("wrote a plugin for " + name + "-v0 in " + dir);
        System.out.println("  cd " + dir + " && mvn package     # builds and runs the contract tests");
        System.out.println("  JGYM_PLUGINS=" + dir.toAbsolutePath().normalize().resolve("target/" + lower
                + "-plugin.jar") + " jgym check " + name + "-v0");
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(String template, Path target, Map<String, String> values) throws IOException {
        String text;
        try (InputStream in = NewPluginCommand.class.getResourceAsStream(TEMPLATES + template)) {
            if (in == null) {
                throw new JgymException("the jgym CLI jar lacks its template " + template);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }

    /** The jgym and JUnit versions this CLI was built with (Maven fills them into versions.properties). */
    private static Properties versions() throws IOException {
        Properties p = new Properties();
        try (InputStream in = NewPluginCommand.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new JgymException("the jgym CLI jar lacks versions.properties");
            }
            p.load(in);
        }
        return p;
    }
}
