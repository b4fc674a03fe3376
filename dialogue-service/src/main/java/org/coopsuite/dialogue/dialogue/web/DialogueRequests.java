package org.coopsuite.dialogue.dialogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DialogueLevel;

/** The bodies of the dialogue endpoints, with their shape checks. */
final class DialogueRequests {

    private DialogueRequests() {
    }

    record CoChairBody(@NotBlank @Size(max = 10) String side, @NotBlank @Size(max = 200) String name) {
    }

    /** A one-off dialogue names its level; a meeting of a platform may leave it out. */
    record ScheduleBody(@NotBlank @Size(max = 300) String title, DialogueLevel level, @NotNull LocalDate date,
            @NotNull @Size(min = 2, max = 20) List<@Valid @NotNull CoChairBody> coChairs, @Size(max = 100) String platformId) {
    }

    record MoneyBody(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    record MandateBody(@NotNull CallModality modality, @NotBlank @Size(max = 100) String strategicArea,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
            @NotEmpty @Size(max = 20) Map<@NotBlank String, @Valid @NotNull MoneyBody> indicativeBudget,
            LocalDate targetOpeningDate, @Size(max = 10) List<@NotBlank @Size(max = 100) String> globalChallenges,
            @Size(max = 100) String synergyDecisionId) {
    }

    /** A postponement or a cancellation: why. */
    record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
    }

    record RescheduleBody(@NotNull LocalDate date) {
    }

    record LineBody(@NotBlank @Size(max = 10) String side, @NotBlank @Size(max = 200) String programme,
            @NotBlank @Size(max = 300) String line) {
    }

    record SynergyBody(@NotNull @Valid LineBody first, @NotNull @Valid LineBody second) {
    }

    record DecisionBody(@NotNull DecisionKind kind, @NotBlank @Size(max = 2000) String summary, @Valid MandateBody mandate,
            @Valid SynergyBody synergy) {
    }
}
