package org.coopsuite.schemas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.avro.Schema;

/**
 * Every published version of every schema, read from the classpath of the schemas jar:
 * {@code org/coopsuite/schemas/published/<FullName>/v<N>.avsc}, listed by
 * {@code org/coopsuite/schemas/published/index.txt} (one {@code <FullName> <latest version>}
 * line per schema), so no classpath scanning is needed. Each version file is self-contained
 * (nested types inlined) and is never edited once published, so a decoder given all versions
 * of an event can read anything ever written with them. The map and lists are unmodifiable.
 */
public final class PublishedSchemas {

    static final String ROOT = "/org/coopsuite/schemas/published/";
    static final String INDEX = ROOT + "index.txt";

    private final Map<String, List<Schema>> versionsByName;

    private PublishedSchemas(Map<String, List<Schema>> versionsByName) {
        this.versionsByName = Collections.unmodifiableMap(versionsByName);
    }

    /**
     * Reads the index and every version it lists.
     *
     * @throws IllegalStateException if the index or a listed version is missing or does not parse
     */
    public static PublishedSchemas load() {
        return load(PublishedSchemas::open);
    }

    /** Loads from another place than the classpath, e.g. the source tree; {@code opener} gets resource names. */
    static PublishedSchemas load(Function<String, InputStream> opener) {
        Map<String, List<Schema>> versions = new TreeMap<>();
        readIndex(opener).forEach((fullName, latest) -> versions.put(fullName, readVersions(opener, fullName, latest)));
        return new PublishedSchemas(versions);
    }

    /** Full names of all published schemas (records and enums), sorted. */
    public List<String> fullNames() {
        return List.copyOf(versionsByName.keySet());
    }

    /**
     * The published versions of one schema, oldest (v1) first.
     *
     * @throws NoSuchElementException if no schema of that full name was ever published
     */
    public List<Schema> versionsOf(String fullName) {
        List<Schema> versions = versionsByName.get(fullName);
        if (versions == null) {
            throw new NoSuchElementException("No published schema named " + fullName);
        }
        return versions;
    }

    /** The newest published version of one schema. */
    public Schema latest(String fullName) {
        List<Schema> versions = versionsOf(fullName);
        return versions.get(versions.size() - 1);
    }

    /** All published versions, per full name (sorted), oldest first. */
    public Map<String, List<Schema>> all() {
        return versionsByName;
    }

    static Map<String, Integer> readIndex(Function<String, InputStream> opener) {
        Map<String, Integer> latestByName = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(opener.apply(INDEX), StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalStateException("Bad line in " + INDEX + ": '" + line + "'");
                }
                latestByName.put(parts[0], Integer.parseInt(parts[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return latestByName;
    }

    static String resource(String fullName, int version) {
        return ROOT + fullName + "/v" + version + ".avsc";
    }

    private static List<Schema> readVersions(Function<String, InputStream> opener, String fullName, int latest) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; version <= latest; version++) {
            versions.add(parse(opener, resource(fullName, version)));
        }
        return List.copyOf(versions);
    }

    private static Schema parse(Function<String, InputStream> opener, String resource) {
        try (InputStream in = opener.apply(resource)) {
            // A fresh parser per file: each version stands alone, with its own copy of nested types.
            return new Schema.Parser().parse(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read published schema " + resource + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PublishedSchemas.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource + " in the schemas jar");
        }
        return in;
    }
}
