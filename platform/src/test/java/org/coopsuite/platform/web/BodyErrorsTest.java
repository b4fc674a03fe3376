package org.coopsuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class BodyErrorsTest {

    enum Kind { A, B }

    record Item(String name, BigDecimal amount, Kind kind) {
    }

    record Body(String title, List<Item> items) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void namesAnUnknownFieldByItsPath() {
        ProblemDetailsAdvice.FieldError error = errorOf("{\"title\":\"t\",\"items\":[{\"name\":\"n\",\"nmae\":\"typo\"}]}");

        assertThat(error.field()).isEqualTo("items[0].nmae");
        assertThat(error.message()).contains("unknown field nmae");
    }

    @Test
    void namesAFieldOfTheWrongType() {
        ProblemDetailsAdvice.FieldError error = errorOf("{\"items\":[{\"amount\":\"lots\"}]}");

        assertThat(error.field()).isEqualTo("items[0].amount");
        assertThat(error.message()).contains("BigDecimal");
    }

    @Test
    void namesAnUnknownEnumValueWithTheValuesItTakes() {
        ProblemDetailsAdvice.FieldError error = errorOf("{\"items\":[{\"kind\":\"C\"}]}");

        assertThat(error.field()).isEqualTo("items[0].kind");
        assertThat(error.message()).contains("[A, B]");
    }

    @Test
    void cutsAnOverlongUnknownFieldName() {
        String name = "x".repeat(5_000);
        ProblemDetailsAdvice.FieldError error = errorOf("{\"" + name + "\":1}");

        assertThat(error.field()).hasSizeLessThan(120);
    }

    private static ProblemDetailsAdvice.FieldError errorOf(String json) {
        Throwable failure = catchThrowable(() -> JSON.readValue(json, Body.class));
        return BodyErrors.of(failure).orElseThrow();
    }
}
