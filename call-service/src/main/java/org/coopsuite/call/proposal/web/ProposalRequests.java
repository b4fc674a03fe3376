package org.coopsuite.call.proposal.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coopsuite.call.proposal.Partner;
import org.coopsuite.call.proposal.SubmitProposal;
import org.coopsuite.call.proposal.TwinnedProject;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.PartnerRole;

/** The bodies of the proposal endpoints, with their shape checks. */
final class ProposalRequests {

    private ProposalRequests() {
    }

    record MoneyBody(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    record PartnerBody(@NotBlank @Size(max = 200) String organisation, @NotBlank @Size(max = 10) String side,
            @NotNull PartnerRole role, Boolean selfFunded, @Valid MoneyBody requested) {

        Partner partner() {
            return new Partner(organisation, side, role, Boolean.TRUE.equals(selfFunded),
                    requested == null ? null : new Money(requested.amount(), requested.currency()));
        }
    }

    record TwinnedBody(@NotBlank @Size(max = 10) String side, @NotBlank @Size(max = 100) String projectReference) {
    }

    record SubmitBody(@NotBlank @Size(max = 30) String acronym, @NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull PartnerBody> consortium,
            @Size(max = 10000) String openAccessStatement, @Size(max = 2) List<@Valid @NotNull TwinnedBody> twinnedProjects) {

        SubmitProposal command(String callId) {
            List<TwinnedProject> twinned = twinnedProjects == null ? List.of()
                    : twinnedProjects.stream().map(t -> new TwinnedProject(t.side(), t.projectReference())).toList();
            return new SubmitProposal(callId, acronym, title, consortium.stream().map(PartnerBody::partner).toList(),
                    openAccessStatement, twinned);
        }
    }

    /** An expert's individual evaluation: scores 0 to 5 in half points, e.g. 4.5, and comments. */
    record ScoresBody(@NotNull BigDecimal excellence, @NotNull BigDecimal impact, @NotNull BigDecimal implementation,
            @NotBlank @Size(max = 20000) String comments) {
    }
}
