package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.coopsuite.schemas.common.EventMeta;
import org.junit.jupiter.api.Test;

/** The house rules every schema follows; see README.md. */
class SchemaConventionsTest {

    private static final Set<String> AREAS = Set.of("common", "dialogue", "call", "funding");

    private final Map<String, Schema> current = CurrentSchemas.parse();

    @Test
    void eachFileDefinesTheTypeItIsNamedAfterInTheNamespaceOfItsArea() {
        List<String> fromPaths = CurrentSchemas.avscFiles().stream().map(SchemaConventionsTest::expectedFullName).toList();

        assertThat(current.keySet()).containsExactlyInAnyOrderElementsOf(fromPaths);
    }

    @Test
    void everyEventOnATopicStartsWithMeta() {
        assertThat(events()).allSatisfy(event -> {
            Schema.Field first = event.getFields().get(0);
            assertThat(first.name()).as(event.getFullName()).isEqualTo("meta");
            assertThat(first.schema()).as(event.getFullName()).isEqualTo(EventMeta.getClassSchema());
        });
    }

    @Test
    void everyRecordStartingWithMetaIsAnEventOfExactlyOneTopic() {
        List<String> onTopics = events().stream().map(Schema::getFullName).toList();
        List<String> startingWithMeta = current.values().stream()
                .filter(s -> s.getType() == Schema.Type.RECORD && s.getFields().get(0).name().equals("meta"))
                .map(Schema::getFullName).toList();

        assertThat(onTopics).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(startingWithMeta);
    }

    @Test
    void everyEnumFallsBackToUnknownForSymbolsItDoesNotKnow() {
        assertThat(allTypes()).filteredOn(s -> s.getType() == Schema.Type.ENUM).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getEnumSymbols()).as(e.getFullName()).contains("UNKNOWN");
            assertThat(e.getEnumDefault()).as(e.getFullName()).isEqualTo("UNKNOWN");
        });
    }

    @Test
    void everyNamedTypeAndFieldIsDocumented() {
        assertThat(allTypes()).filteredOn(s -> s.getType() == Schema.Type.RECORD || s.getType() == Schema.Type.ENUM)
                .allSatisfy(s -> assertThat(s.getDoc()).as(s.getFullName()).isNotBlank());
        assertThat(allTypes()).filteredOn(s -> s.getType() == Schema.Type.RECORD)
                .flatMap(Schema::getFields)
                .allSatisfy(f -> assertThat(f.doc()).as(f.name()).isNotBlank());
    }

    @Test
    void noFieldIsAFloatingPointNumber() {
        assertThat(allTypes()).extracting(Schema::getType).doesNotContain(Schema.Type.FLOAT, Schema.Type.DOUBLE);
    }

    private static List<Schema> events() {
        return Arrays.stream(EventTopic.values()).flatMap(t -> t.eventTypes().stream())
                .map(type -> SpecificData.get().getSchema(type)).toList();
    }

    /** Every schema reachable from the current ones, each named type once. */
    private Collection<Schema> allTypes() {
        Map<Object, Schema> seen = new LinkedHashMap<>();
        current.values().forEach(s -> collect(s, seen));
        return seen.values();
    }

    private static void collect(Schema schema, Map<Object, Schema> seen) {
        Object key = switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getFullName();
            default -> schema;
        };
        if (seen.putIfAbsent(key, schema) != null) {
            return;
        }
        switch (schema.getType()) {
            case RECORD -> schema.getFields().forEach(f -> collect(f.schema(), seen));
            case ARRAY -> collect(schema.getElementType(), seen);
            case MAP -> collect(schema.getValueType(), seen);
            case UNION -> schema.getTypes().forEach(t -> collect(t, seen));
            default -> { }
        }
    }

    private static String expectedFullName(Path file) {
        String area = file.getParent().getFileName().toString();
        assertThat(AREAS).as("area directory of " + file).contains(area);
        return "org.coopsuite.schemas." + area + "." + file.getFileName().toString().replace(".avsc", "");
    }
}
