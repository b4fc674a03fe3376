package org.coopsuite.call.call.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coopsuite.call.call.CallContent;
import org.coopsuite.call.call.EligibilityRules;
import org.coopsuite.call.call.Timeline;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;

/** The bodies of the call endpoints, with their shape checks. */
final class CallRequests {

    private CallRequests() {
    }

    record MoneyBody(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
        Money money() {
            return new Money(amount, currency);
        }
    }

    record TimelineBody(@NotNull LocalDate opening, @NotNull LocalDate deadline, @NotNull LocalDate evaluationEnd) {
    }

    record EligibilityBody(@NotNull @Min(1) @Max(50) Integer minimumPartnersPerSide,
            @Size(max = 20) Map<@NotBlank String, @Valid @NotNull MoneyBody> requestCaps,
            @NotNull Boolean openAccessStatementRequired, @NotNull Boolean selfFundedPartnersAdmitted) {
    }

    /** What a programme officer writes of a call; the same for drafting and for editing. */
    record ContentBody(@NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> strategicAreas,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
            @NotEmpty @Size(max = 20) Map<@NotBlank String, @Valid @NotNull MoneyBody> indicativeBudget,
            @Valid TimelineBody timeline, @Valid EligibilityBody eligibility, @NotNull Integer climateCoefficient,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> globalChallenges,
            @Max(3650) Integer fundingPeriodDays) {

        CallContent content() {
            Timeline dates = timeline == null ? null
                    : new Timeline(timeline.opening(), timeline.deadline(), timeline.evaluationEnd());
            EligibilityRules rules = eligibility == null ? null
                    : new EligibilityRules(eligibility.minimumPartnersPerSide(), money(eligibility.requestCaps()),
                            eligibility.openAccessStatementRequired(), eligibility.selfFundedPartnersAdmitted());
            return new CallContent(title, strategicAreas, topics, money(indicativeBudget), dates, rules,
                    climateCoefficient, globalChallenges, fundingPeriodDays);
        }
    }

    record DraftBody(@NotNull CallModality modality,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 10) String> participatingSides,
            @NotNull @Valid ContentBody content) {
    }

    /** A cancellation: why. */
    record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
    }

    static Map<String, Money> money(Map<String, MoneyBody> perSide) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        if (perSide != null) {
            perSide.forEach((side, body) -> amounts.put(side, body.money()));
        }
        return amounts;
    }
}
