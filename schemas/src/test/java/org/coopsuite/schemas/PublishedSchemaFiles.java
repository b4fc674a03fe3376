package org.coopsuite.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.avro.Schema;

/** The published versions as checked in under {@code src/main/resources}, and the one way to add one. */
final class PublishedSchemaFiles {

    private static final String INDEX_HEADER = """
            # Published schema versions: <full name> <newest version>; files are <full name>/v<N>.avsc beside this index.
            # Never edit a published version: publish the changed schema as the next version
            # (./mvnw -B -pl schemas verify -Dschemas.publish=true). Kept true by PublishedSchemasTest.
            """;

    private PublishedSchemaFiles() {
    }

    /** The checked-in published versions, read the way {@link PublishedSchemas#load()} reads the jar. */
    static PublishedSchemas load() {
        return PublishedSchemas.load(PublishedSchemaFiles::open);
    }

    static Map<String, Integer> index() {
        return PublishedSchemas.readIndex(PublishedSchemaFiles::open);
    }

    /** Writes {@code schema} as version {@code version} of its full name, self-contained, and records it in the index. */
    static void publish(Schema schema, int version) {
        String fullName = schema.getFullName();
        Map<String, Integer> index = new TreeMap<>(index());
        if (index.getOrDefault(fullName, 0) != version - 1) {
            throw new IllegalStateException(fullName + " v" + version + " does not follow the newest published version");
        }
        index.put(fullName, version);
        write(file(PublishedSchemas.resource(fullName, version)), schema.toString(true) + "\n");
        write(file(PublishedSchemas.INDEX), INDEX_HEADER + index.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + "\n").collect(Collectors.joining()));
    }

    static Path file(String resource) {
        return ModuleFiles.module().resolve("src/main/resources").resolve(resource.substring(1));
    }

    private static InputStream open(String resource) {
        try {
            return Files.newInputStream(file(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
