package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityCheckTest {

    private static final String NAME = "org.coopsuite.test.Decision";

    private static final String MANDATE = """
            {"type": "record", "name": "Mandate", "fields": [
              {"name": "callId", "type": "string"}, {"name": "budget", "type": "int"}]}""";

    private static final String KIND = """
            {"type": "enum", "name": "Kind", "symbols": ["CALL_MANDATE", "NOTE_TAKEN"]}""";

    private static final Schema V1 = decision(KIND, MANDATE, "");

    @Test
    void namesSchemaAndFieldWhenANewRequiredFieldHasNoDefault() {
        Schema current = decision(KIND, MANDATE, ", {\"name\": \"priority\", \"type\": \"int\"}");

        assertThat(SchemaCompatibilityCheck.incompatibilities(NAME, current, List.of(V1)))
                .singleElement().asString()
                .contains(NAME, "cannot read events written with v1", "READER_FIELD_MISSING_DEFAULT_VALUE",
                        "field 'priority'");
    }

    @Test
    void namesSchemaAndFieldWhenAnEnumSymbolWithoutDefaultIsRemoved() {
        Schema current = decision("""
                {"type": "enum", "name": "Kind", "symbols": ["CALL_MANDATE"]}""", MANDATE, "");

        assertThat(SchemaCompatibilityCheck.incompatibilities(NAME, current, List.of(V1)))
                .singleElement().asString()
                .contains(NAME, "cannot read events written with v1", "MISSING_ENUM_SYMBOLS", "field 'kind'",
                        "NOTE_TAKEN");
    }

    @Test
    void namesTheNestedFieldWhenItsTypeChangesBothWays() {
        Schema current = decision(KIND, """
                {"type": "record", "name": "Mandate", "fields": [
                  {"name": "callId", "type": "string"}, {"name": "budget", "type": "string"}]}""", "");

        assertThat(SchemaCompatibilityCheck.incompatibilities(NAME, current, List.of(V1)))
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains(NAME, "TYPE_MISMATCH", "field 'mandate.budget'"))
                .anySatisfy(problem -> assertThat(problem).contains("the current schema cannot read"))
                .anySatisfy(problem -> assertThat(problem).contains("readers of v1 cannot read"));
    }

    @Test
    void blamesOldReadersWhenANewEnumSymbolHasNoDefault() {
        Schema current = decision("""
                {"type": "enum", "name": "Kind", "symbols": ["CALL_MANDATE", "NOTE_TAKEN", "ESCALATION"]}""",
                MANDATE, "");

        assertThat(SchemaCompatibilityCheck.incompatibilities(NAME, current, List.of(V1)))
                .singleElement().asString()
                .contains("readers of v1 cannot read", "MISSING_ENUM_SYMBOLS", "field 'kind'", "ESCALATION");
    }

    @Test
    void acceptsANewOptionalFieldWithDefaultAndANewSymbolOfAnEnumWithDefault() {
        String kindWithDefault = """
                {"type": "enum", "name": "Kind", "symbols": ["CALL_MANDATE", "NOTE_TAKEN", "UNKNOWN"],
                 "default": "UNKNOWN"}""";
        Schema v1 = decision(kindWithDefault, MANDATE, "");
        Schema current = decision(kindWithDefault.replace("\"UNKNOWN\"]", "\"UNKNOWN\", \"ESCALATION\"]"), MANDATE,
                ", {\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null}");

        assertThat(SchemaCompatibilityCheck.incompatibilities(NAME, current, List.of(v1))).isEmpty();
    }

    @Test
    void checksEveryPublishedVersionNotOnlyTheNewest() {
        Schema v2 = decision(KIND, MANDATE, ", {\"name\": \"priority\", \"type\": \"int\", \"default\": 0}");
        Schema current = decision(KIND, MANDATE, ", {\"name\": \"priority\", \"type\": \"int\"}");

        assertThat(SchemaCompatibilityCheck.incompatibilities(NAME, current, List.of(V1, v2)))
                .singleElement().asString().contains("written with v1", "field 'priority'");
    }

    @Test
    void asksToPublishAChangedSchemaAsTheNextVersion() {
        Schema current = decision(KIND, MANDATE, ", {\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null}");

        assertThat(SchemaCompatibilityCheck.problems(NAME, current, List.of(V1)))
                .singleElement().asString()
                .contains(NAME, "differs from its newest published version v1", "publish it as v2",
                        "org/coopsuite/schemas/published/" + NAME + "/v2.avsc");
    }

    @Test
    void asksToPublishWhenOnlyAnEnumDefaultChanged() {
        Schema v1 = decision(KIND.replace("]}", "], \"default\": \"NOTE_TAKEN\"}"), MANDATE, "");
        Schema current = decision(KIND.replace("]}", "], \"default\": \"CALL_MANDATE\"}"), MANDATE, "");

        assertThat(SchemaCompatibilityCheck.problems(NAME, current, List.of(v1)))
                .singleElement().asString().contains("publish it as v2");
    }

    @Test
    void letsADocChangeShipWithoutANewVersion() {
        Schema current = decision(KIND, MANDATE.replace("\"type\": \"record\"", "\"type\": \"record\", \"doc\": \"better words\""), "");

        assertThat(current.getField("mandate").schema().getTypes().get(1).getDoc()).isEqualTo("better words");
        assertThat(SchemaCompatibilityCheck.problems(NAME, current, List.of(V1))).isEmpty();
    }

    @Test
    void asksToPublishANewSchemaAsVersionOne() {
        assertThat(SchemaCompatibilityCheck.problems(NAME, V1, List.of()))
                .singleElement().asString().contains(NAME, "has never been published", "publish it as v1");
    }

    @Test
    void findsNothingWhenTheCurrentSchemaIsTheNewestPublishedVersion() {
        assertThat(SchemaCompatibilityCheck.problems(NAME, decision(KIND, MANDATE, ""), List.of(V1))).isEmpty();
    }

    private static Schema decision(String kind, String mandate, String moreFields) {
        return new Schema.Parser().parse("""
                {"type": "record", "name": "Decision", "namespace": "org.coopsuite.test", "fields": [
                  {"name": "decisionId", "type": "string"},
                  {"name": "kind", "type": %s},
                  {"name": "mandate", "type": ["null", %s], "default": null}%s]}"""
                .formatted(kind, mandate, moreFields));
    }
}
