package org.jgym.env.api.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of {@code [namespace/]Name[-vN]} ids and "did you mean" suggestions. */
public final class EnvIds {
    private static final Pattern ID = Pattern.compile("^(?:(?<ns>[\\w:-]+)/)?(?<name>[\\w:.-]+?)(?:-v(?<version>\\d+))?$");

    private EnvIds() {
    }

    /** The parts of an id; namespace and version may be null. */
    public record ParsedId(String namespace, String name, Integer version) {
        /** The id without its version, e.g. {@code ns/Name}. */
        public String unversioned() {
            return namespace == null ? name : namespace + "/" + name;
        }
    }

    /**
     * Splits an id into namespace, name and version.
     *
     * @throws IllegalArgumentException if the id does not have the form {@code [namespace/]Name[-vN]}
     */
    public static ParsedId parse(String id) {
        Matcher m = ID.matcher(id == null ? "" : id);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed env id '" + id + "'; expected [namespace/]Name-vN, e.g. Navigation2D-v0");
        }
        String v = m.group("version");
        return new ParsedId(m.group("ns"), m.group("name"), v == null ? null : Integer.valueOf(v));
    }

    /** Up to {@code max} known ids closest to {@code query} by edit distance (case-insensitive), closest first. */
    public static List<String> closest(String query, Collection<String> known, int max) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        int limit = Math.max(3, q.length() / 2);
        return known.stream()
                .filter(k -> distance(q, k.toLowerCase(Locale.ROOT)) <= limit
                        || k.toLowerCase(Locale.ROOT).contains(q) && !q.isEmpty())
                .sorted(Comparator.comparingInt((String k) -> distance(q, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
                .limit(max)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A message tail such as {@code ; did you mean: A, B?} or {@code ; registered: ...} when nothing is close. */
    static String suggestion(String query, Collection<String> known) {
        List<String> near = closest(query, known, 3);
        if (!near.isEmpty()) {
            return "; did you mean: " + String.join(", ", near) + "?";
        }
        return known.isEmpty() ? "; nothing is registered (is the plugin jar on the classpath?)"
                : "; registered: " + String.join(", ", known.stream().sorted().toList());
    }
}
