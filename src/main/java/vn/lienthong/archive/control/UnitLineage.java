package vn.lienthong.archive.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory as the archive needs it, read in one go: each unit's newest name, and who succeeded whom. After a
 * merge a unit's meetings are found under its successor's name and code, and its successor's under its own.
 */
public final class UnitLineage {

    private final Map<String, String> names;
    private final Map<String, Set<String>> successors = new HashMap<>();
    private final Map<String, Set<String>> predecessors = new HashMap<>();

    /** @param links pairs of codes, predecessor first */
    public UnitLineage(Map<String, String> names, List<String[]> links) {
        this.names = Map.copyOf(names);
        for (String[] link : links) {
            successors.computeIfAbsent(link[0], k -> new LinkedHashSet<>()).add(link[1]);
            predecessors.computeIfAbsent(link[1], k -> new LinkedHashSet<>()).add(link[0]);
        }
    }

    /** The newest name of {@code code}, or the code itself when the directory does not know it. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** The units that took over {@code code}, and those that took over from them, without {@code code} itself. */
    public Set<String> successorsOf(String code) {
        return walk(code, successors);
    }

    /** {@code code} with every unit before and after it in its line of successions. */
    public Set<String> lineOf(String code) {
        Set<String> line = new LinkedHashSet<>();
        line.add(code);
        line.addAll(walk(code, successors));
        line.addAll(walk(code, predecessors));
        return line;
    }

    private static Set<String> walk(String start, Map<String, Set<String>> edges) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(edges.getOrDefault(start, Set.of()));
        while (!next.isEmpty() && seen.size() < 1000) {
            String code = next.poll();
            if (!code.equals(start) && seen.add(code)) {
                next.addAll(edges.getOrDefault(code, Set.of()));
            }
        }
        return seen;
    }
}
