package org.jgym.env.api.check;

import java.util.ArrayList;
import java.util.List;

/** The outcome of {@link EnvChecker}: one line per check, each passed, warned about or failed. */
public final class CheckReport {
    /** How a check ended. */
    public enum Status { PASS, WARN, FAIL }

    /** One check's outcome. */
    public record Item(String check, Status status, String message) {
    }

    private final String envId;
    private final List<Item> items = new ArrayList<>();

    CheckReport(String envId) {
        this.envId = envId;
    }

    void add(String check, Status status, String message) {
        items.add(new Item(check, status, message));
    }

    public String envId() {
        return envId;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** True when no check failed (warnings allowed). */
    public boolean passed() {
        return items.stream().noneMatch(i -> i.status() == Status.FAIL);
    }

    public List<Item> failures() {
        return items.stream().filter(i -> i.status() == Status.FAIL).toList();
    }

    public List<Item> warnings() {
        return items.stream().filter(i -> i.status() == Status.WARN).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(envId).append('\n');
        for (Item i : items) {
            sb.append(String.format("  %-4s %-28s %s%n", i.status(), i.check(), i.message()));
        }
        return sb.toString();
    }
}
