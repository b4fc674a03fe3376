package org.coopsuite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsAWholeNumberAndAUnit() {
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("3s")).isEqualTo(Duration.ofSeconds(3));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(converter.convert("2d")).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void readsIso8601InAnyCase() {
        assertThat(converter.convert("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThat(converter.convert("pt1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(converter.convert("P2D")).isEqualTo(Duration.ofDays(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "PT-1S", "ten", "10", "10 s", "1.5h", "3S", "10w", "", "P", "99999999999999999999d"})
    void rejectsWhatIsNotAPositiveDurationSayingWhatOneLooksLike(String value) {
        assertThatThrownBy(() -> converter.convert(value)).isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + value + "' is not a positive duration (500ms, 3s, 2m, 8h, 2d or ISO-8601 PT3S)");
    }
}
