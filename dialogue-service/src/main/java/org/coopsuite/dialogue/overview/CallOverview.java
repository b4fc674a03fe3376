package org.coopsuite.dialogue.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.View;

/**
 * Everything the cooperation overview and the dissemination report need to know of one call, from
 * the call's, its proposals' and its agreement's events: one view per call. Money is kept per side,
 * each side in its own currency, so nothing of two currencies is ever added.
 */
public class CallOverview extends View {

    private String title;
    private String state;
    private List<String> strategicAreas = List.of();
    private List<String> globalChallenges = List.of();
    private List<String> participatingSides = List.of();
    private int climateCoefficient;
    private Map<String, Money> indicative = new HashMap<>();
    private Map<String, Money> committed = new HashMap<>();
    private Map<String, Money> allocated = new HashMap<>();
    private List<String> proposals = new ArrayList<>();
    private List<SelectedProject> selected = new ArrayList<>();
    private List<SelectedProject> reserve = new ArrayList<>();
    private List<String> funded = new ArrayList<>();
    private List<String> openShortfalls = new ArrayList<>();
    private boolean fundingSecured;
    private boolean fundingOverdue;
    private LocalDate resultsPublishedOn;

    CallOverview() {
    }

    CallOverview(String id) {
        super(id);
    }

    /** A proposal the call selected, with its open-access statement and its requests per side. */
    public record SelectedProject(String proposalId, String acronym, String openAccessStatement,
            Map<String, Money> requestedPerSide) {
    }

    void described(String title, List<String> sides, List<String> areas, Map<String, Money> budget, int coefficient) {
        if (title != null) {
            this.title = title;
        }
        if (!sides.isEmpty()) {
            this.participatingSides = List.copyOf(sides);
        }
        if (!areas.isEmpty()) {
            this.strategicAreas = List.copyOf(areas);
        }
        if (!budget.isEmpty()) {
            this.indicative = new HashMap<>(budget);
        }
        this.climateCoefficient = coefficient;
    }

    /** The global challenges the call addresses, as its latest event names them. */
    void addresses(List<String> challenges) {
        this.globalChallenges = List.copyOf(challenges);
    }

    void moved(String newState) {
        this.state = newState;
    }

    void proposalSubmitted(String proposalId) {
        if (!proposals.contains(proposalId)) {
            proposals.add(proposalId);
        }
    }

    void resultsPublished(List<SelectedProject> projects, List<SelectedProject> reserveList, LocalDate on) {
        this.selected = new ArrayList<>(projects);
        this.reserve = new ArrayList<>(reserveList);
        this.resultsPublishedOn = on;
    }

    /** A grant to the proposal: it is funded, whether it was selected or came from the reserve. */
    void granted(String proposalId) {
        if (!funded.contains(proposalId)) {
            funded.add(proposalId);
        }
    }

    void committed(String side, Money sideCommitted) {
        committed.put(side, sideCommitted);
    }

    /** Adds an allocation to the side's total; it is in the side's currency, as every allocation of that side. */
    void allocated(String side, Money amount) {
        allocated.merge(side, amount, (sum, more) -> new Money(sum.amount().add(more.amount()), sum.currency()));
    }

    /** {@code CoFundingSecured}: also what resolves an overdue co-funding. */
    void fundingSecured() {
        fundingSecured = true;
    }

    /** {@code CoFundingOverdue}: the co-funding was not secured within its period. */
    void fundingOverdue() {
        fundingOverdue = true;
    }

    void shortfall(String shortfallId, boolean open) {
        openShortfalls.remove(shortfallId);
        if (open) {
            openShortfalls.add(shortfallId);
        }
    }

    /**
     * The call's overview from both topics: what the call says of itself from its own view, what
     * was committed, allocated and found short from the funding view; the description from the
     * funding view where no call event has been seen.
     */
    public static CallOverview merge(String id, CallOverview call, CallOverview funding) {
        CallOverview merged = new CallOverview(id);
        CallOverview described = call != null && call.state != null ? call : funding;
        if (described != null) {
            merged.described(described.title, described.participatingSides, described.strategicAreas,
                    described.indicative, described.climateCoefficient);
        }
        if (call != null) {
            merged.globalChallenges = call.globalChallenges;
            merged.state = call.state;
            merged.proposals = call.proposals;
            merged.selected = call.selected;
            merged.reserve = call.reserve;
            merged.resultsPublishedOn = call.resultsPublishedOn;
        }
        if (funding != null) {
            merged.committed = funding.committed;
            merged.allocated = funding.allocated;
            merged.funded = funding.funded;
            merged.fundingSecured = funding.fundingSecured;
            merged.fundingOverdue = funding.fundingOverdue;
            merged.openShortfalls = funding.openShortfalls;
        }
        return merged;
    }

    /** The climate-relevant part of what the side has been allocated: the call's coefficient of it. */
    public Money climateRelevant(String side) {
        Money sum = allocated.get(side);
        return sum == null ? null : new Money(sum.amount().multiply(BigDecimal.valueOf(climateCoefficient))
                .movePointLeft(2), sum.currency());
    }

    public String getTitle() {
        return title;
    }

    public String getState() {
        return state;
    }

    public List<String> getStrategicAreas() {
        return strategicAreas;
    }

    public List<String> getGlobalChallenges() {
        return globalChallenges;
    }

    public List<String> getParticipatingSides() {
        return participatingSides;
    }

    public int getClimateCoefficient() {
        return climateCoefficient;
    }

    public Map<String, Money> getIndicative() {
        return indicative;
    }

    public Map<String, Money> getCommitted() {
        return committed;
    }

    public Map<String, Money> getAllocated() {
        return allocated;
    }

    public List<String> getProposals() {
        return proposals;
    }

    public List<SelectedProject> getSelected() {
        return selected;
    }

    public List<SelectedProject> getReserve() {
        return reserve;
    }

    /** The ids of the proposals granted money by any side, in the order of their first grant. */
    public List<String> getFunded() {
        return funded;
    }

    /**
     * The funded projects, from the grants: the selected and reserve projects a side granted money
     * to, best first; the count of projects the overview and the report give.
     */
    public List<SelectedProject> fundedProjects() {
        List<SelectedProject> projects = new ArrayList<>();
        selected.stream().filter(p -> funded.contains(p.proposalId())).forEach(projects::add);
        reserve.stream().filter(p -> funded.contains(p.proposalId())).forEach(projects::add);
        return projects;
    }

    public boolean isFundingSecured() {
        return fundingSecured;
    }

    /** Whether the co-funding went overdue; resolved once it is secured. */
    public boolean isFundingOverdue() {
        return fundingOverdue;
    }

    public List<String> getOpenShortfalls() {
        return openShortfalls;
    }

    public LocalDate getResultsPublishedOn() {
        return resultsPublishedOn;
    }
}
