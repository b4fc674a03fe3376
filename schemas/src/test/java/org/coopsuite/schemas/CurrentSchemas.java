package org.coopsuite.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;

/**
 * The current schemas: one named type per {@code .avsc} file under {@code src/main/avro},
 * parsed together so references between files resolve, keyed by full name.
 */
final class CurrentSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CurrentSchemas() {
    }

    static Map<String, Schema> parse() {
        SchemaParser parser = new SchemaParser();
        List<String> fileTypes = avscFiles().stream().map(file -> parseFile(parser, file)).toList();
        Map<String, Schema> resolved = parser.getParsedNamedSchemas().stream()
                .collect(Collectors.toMap(Schema::getFullName, Function.identity()));
        Map<String, Schema> current = new TreeMap<>();
        fileTypes.forEach(name -> current.put(name, resolved.get(name)));
        return current;
    }

    static List<Path> avscFiles() {
        try (Stream<Path> files = Files.walk(ModuleFiles.avroSources())) {
            return files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file into {@code parser} and names its type; resolving waits until every file is parsed. */
    private static String parseFile(SchemaParser parser, Path file) {
        try {
            parser.parse(file);
            JsonNode json = JSON.readTree(file.toFile());
            return json.path("namespace").asText() + "." + json.path("name").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
