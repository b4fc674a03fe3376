package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The build's gate on schema evolution. With {@code -Dschemas.publish=true} it first publishes
 * every changed schema that is compatible with all its earlier versions as the next version.
 */
class SchemaEvolutionTest {

    @Test
    void everyCurrentSchemaIsPublishedAndCompatibleBothWaysWithEveryEarlierVersion() {
        Map<String, Schema> current = CurrentSchemas.parse();
        if (Boolean.getBoolean("schemas.publish")) {
            publishChanged(current);
        }
        PublishedSchemas published = PublishedSchemaFiles.load();

        List<String> problems = current.entrySet().stream()
                .flatMap(e -> SchemaCompatibilityCheck.problems(e.getKey(), e.getValue(), versions(published, e.getKey())).stream())
                .toList();

        assertThat(problems)
                .withFailMessage("Schema evolution problems:%n  %s", String.join(System.lineSeparator() + "  ", problems))
                .isEmpty();
    }

    private static void publishChanged(Map<String, Schema> current) {
        PublishedSchemas published = PublishedSchemaFiles.load();
        current.forEach((name, schema) -> {
            List<Schema> versions = versions(published, name);
            boolean changed = SchemaCompatibilityCheck.publicationProblem(name, schema, versions).isPresent();
            if (changed && SchemaCompatibilityCheck.incompatibilities(name, schema, versions).isEmpty()) {
                PublishedSchemaFiles.publish(schema, versions.size() + 1);
            }
        });
    }

    private static List<Schema> versions(PublishedSchemas published, String fullName) {
        return published.all().getOrDefault(fullName, List.of());
    }
}
