package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class InfrastructureChoiceTest {

    @Test
    void autoTakesContainersWhenDockerAnswers() {
        assertThat(InfrastructureChoice.choose("auto", () -> true).mode()).isEqualTo("containers");
    }

    @Test
    void autoFallsBackToEmbeddedWithoutDocker() {
        InfrastructureChoice choice = InfrastructureChoice.choose("auto", () -> false);

        assertThat(choice.mode()).isEqualTo("embedded");
        assertThat(choice.reason()).isEqualTo("no Docker engine answers");
    }

    @Test
    void aForcedModeDoesNotAskDocker() {
        InfrastructureChoice choice = InfrastructureChoice.choose("EMBEDDED", () -> {
            throw new AssertionError("Docker probed although the mode was forced");
        });

        assertThat(choice.mode()).isEqualTo("embedded");
        assertThat(choice.reason()).contains("forced");
    }

    @Test
    void rejectsAnUnknownMode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InfrastructureChoice.choose("podman", () -> true))
                .withMessageContaining("not podman");
    }
}
