package org.coopsuite.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;

class InvalidCommandCollectorTest {

    private final InvalidCommandException.Collector errors = new InvalidCommandException.Collector();

    @Test
    void collectsTheErrorsOfEveryField() {
        errors.reject("title", "must not be blank").check(false, "date", "must not be in the past");

        assertThat(rejection().fieldErrors())
                .isEqualTo(Map.of("title", "must not be blank", "date", "must not be in the past"));
    }

    @Test
    void keepsTheFirstMessageOfAField() {
        errors.check(false, "coChairs", "needs two sides").reject("coChairs", "unknown side XX");

        assertThat(rejection().fieldErrors()).containsExactly(Map.entry("coChairs", "needs two sides"));
    }

    @Test
    void throwsOnlyWhenThereIsAnError() {
        errors.check(true, "title", "must not be blank");

        assertThatNoException().isThrownBy(errors::throwIfAny);
    }

    private InvalidCommandException rejection() {
        return catchThrowableOfType(InvalidCommandException.class, errors::throwIfAny);
    }
}
