package org.coopsuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "3", "W/\"3\"", " \"3\" "})
    void readsTheExpectedVersionQuotedBareOrWeak(String header) {
        assertThat(IfMatch.expected(header)).isEqualTo(3L);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void expectsNoVersionWhenTheHeaderIsAbsentOrBlank(String header) {
        assertThat(IfMatch.expected(header)).isNull();
    }

    @Test
    void rejectsGarbageNamingTheIfMatchHeader() {
        InvalidCommandException rejected = catchThrowableOfType(InvalidCommandException.class,
                () -> IfMatch.expected("\"version-three\""));

        assertThat(rejected.fieldErrors()).containsOnlyKeys("If-Match");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aWholeContentUpdateWithoutIfMatchIsRefusedWith428(String header) {
        assertThatThrownBy(() -> IfMatch.required(header)).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void aWholeContentUpdateReadsTheVersionItReplaces() {
        assertThat(IfMatch.required("\"7\"")).isEqualTo(7L);
    }
}
