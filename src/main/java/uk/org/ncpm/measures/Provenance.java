package uk.org.ncpm.measures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The source vintages a figure was computed from (id and sha256 of every file, current and baseline
 * year and populations), the catalogue version and the method version.
 */
public record Provenance(SortedMap<Long, String> files, String catalogueVersion, String methodVersion) {

    public Provenance {
        files = new TreeMap<>(files);
    }

    public static Provenance of(Set<Long> ids, Map<Long, String> sha256, String catalogueVersion) {
        SortedMap<Long, String> files = new TreeMap<>();
        ids.forEach(id -> files.put(id, sha256.getOrDefault(id, "?")));
        return new Provenance(files, catalogueVersion, Method.VERSION);
    }

    /** "id:sha256;…", as stored and published. */
    public String sourceFiles() {
        return files.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";"));
    }

    public Set<Long> fileIds() {
        return files.keySet();
    }

    static Provenance parse(String sourceFiles, String catalogueVersion, String methodVersion) {
        Map<Long, String> files = new LinkedHashMap<>();
        Arrays.stream(sourceFiles.split(";")).filter(s -> !s.isBlank()).map(s -> s.split(":", 2))
                .forEach(p -> files.put(Long.parseLong(p[0]), p.length > 1 ? p[1] : "?"));
        return new Provenance(new TreeMap<>(files), catalogueVersion, methodVersion);
    }
}
