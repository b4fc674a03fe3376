package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.Test;

class PublishedSchemasTest {

    @Test
    void indexListsEveryCurrentSchemaAndNoSchemaThatWasDeleted() {
        assertThat(PublishedSchemaFiles.index().keySet())
                .as("published schemas (a deleted one must come back: its events stay on the topics for ever)")
                .containsExactlyInAnyOrderElementsOf(CurrentSchemas.parse().keySet());
    }

    @Test
    void publishedDirectoryHoldsExactlyTheVersionFilesTheIndexLists() throws IOException {
        Set<String> expected = PublishedSchemaFiles.index().entrySet().stream()
                .flatMap(e -> IntStream.rangeClosed(1, e.getValue()).mapToObj(v -> e.getKey() + "/v" + v + ".avsc"))
                .collect(Collectors.toSet());
        Path root = ModuleFiles.publishedRoot();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("index.txt")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyPublishedVersionIsTheSchemaItsDirectoryNames() {
        PublishedSchemaFiles.load().all().forEach((fullName, versions) ->
                assertThat(versions).allSatisfy(v -> assertThat(v.getFullName()).isEqualTo(fullName)));
    }

    @Test
    void loadsFromTheClasspathWhatIsCheckedInOldestVersionFirst() {
        PublishedSchemas fromJar = PublishedSchemas.load();
        String name = DecisionRecorded.getClassSchema().getFullName();

        assertThat(fromJar.all()).isEqualTo(PublishedSchemaFiles.load().all());
        assertThat(fromJar.versionsOf(name)).first().isEqualTo(PublishedSchemaFiles.load().versionsOf(name).get(0));
        assertThat(fromJar.latest(name)).isEqualTo(fromJar.versionsOf(name).get(fromJar.versionsOf(name).size() - 1));
        assertThat(fromJar.fullNames()).contains(name, "org.coopsuite.schemas.common.Money");
    }

    @Test
    void refusesASchemaNameThatWasNeverPublished() {
        assertThatThrownBy(() -> PublishedSchemas.load().versionsOf("org.coopsuite.schemas.dialogue.Nope"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("org.coopsuite.schemas.dialogue.Nope");
    }

    @Test
    void eachPublishedVersionParsesOnItsOwnWithItsNestedTypesInlined() {
        Schema mandate = PublishedSchemas.load().latest(DecisionRecorded.class.getName())
                .getField("mandate").schema().getTypes().get(1);

        assertThat(mandate.getField("indicativeBudget").schema().getElementType().getField("amount").schema().getFullName())
                .isEqualTo("org.coopsuite.schemas.common.Money");
    }
}
