package org.coopsuite.funding.agreement;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.web.CommandIds;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the agreement commands, from HTTP and from the call's events: validate, load, transition,
 * store state and events together in one guarded write. An agreement belongs to one cooperation
 * thread, that of its call: whoever acts on it, its events carry the correlation id it was opened
 * with, so the thread can be followed from the mandate to the grants (the causation still names
 * the request).
 */
@Service
public class AgreementService {

    private static final Logger log = LoggerFactory.getLogger(AgreementService.class);
    /** The collection of the stored agreements. */
    public static final String COLLECTION = "agreements";

    private final AggregateRepository<Agreement> stored;
    private final AgreementRules rules;
    private final OverdueProperties overdue;
    private final Clock clock;

    AgreementService(Aggregates aggregates, AgreementRules rules, OverdueProperties overdue, Clock clock) {
        this.stored = aggregates.repository(COLLECTION, Agreement.class);
        this.rules = rules;
        this.overdue = overdue;
        this.clock = clock;
    }

    /** Opens the call's agreement once: the id derives from the call, so a second delivery inserts nothing. */
    public void open(OpenAgreement command) {
        Agreement agreement = Agreement.open(command, command.fundingDueOn(overdue.defaultPeriodDays()), stored.context());
        if (!stored.insert(agreement)) {
            log.info("Agreement {} of call {} exists already: the call was delivered again", agreement.id(),
                    command.callId());
        }
    }

    /**
     * Raises the agreement's co-funding overdue fact if it is still pending past its funding period,
     * on the call's cooperation thread; nothing once raised, or once secured.
     *
     * @throws StaleVersionException when another write came first
     */
    void raiseFundingOverdue(String id, LocalDate today) {
        Agreement agreement = stored.load(id);
        stored.save(agreement.raiseFundingOverdue(today, stored.context(agreement)));
    }

    /** Records a participating side's consent to a mechanism, before the first commitment; chosen once all agree. */
    public Agreement chooseMechanism(String id, FundingMechanism mechanism, String agreementCurrency,
            Integer pooledSharePercent, Long expectedVersion, String callerSide, String callerAgency) {
        Agreement agreement = stored.load(id, expectedVersion);
        return stored.save(agreement.chooseMechanism(mechanism, agreementCurrency, pooledSharePercent, callerSide,
                callerAgency, stored.context(agreement)));
    }

    /**
     * Commits for the caller's side and agency; the answer is the agreement with the new commitment
     * (a request run again under its Idempotency-Key finds the agreement holding its first run's).
     */
    public Agreement commit(String id, CommitFunding command, Long expectedVersion, String callerSide,
            String callerAgency) {
        rules.checkCaller(command.side(), command.agency(), callerSide, callerAgency);
        String commitmentId = CommandIds.of("commitment");
        Optional<Agreement> committed = CommandIds.madeBefore(commitmentId, held -> Optional.of(stored.load(id))
                .filter(agreement -> agreement.commitments().stream().anyMatch(c -> c.id().equals(held))));
        if (committed.isPresent()) {
            return committed.get();
        }
        rules.check(command, today());
        Agreement agreement = stored.load(id, expectedVersion);
        Commitment commitment = new Commitment(commitmentId, command.side(), command.agency(),
                normalized(command.amount()), dayOr(command.committedOn()), command.rateToAgreementCurrency());
        return stored.save(agreement.commit(commitment, stored.context(agreement)));
    }

    /** Raises a commitment of the caller's agency. */
    public Agreement topUp(String id, String commitmentId, ChangeCommitment command, Long expectedVersion) {
        Agreement agreement = stored.load(id, expectedVersion);
        agreement.requireOwn(commitmentId, command.side(), command.agency());
        rules.check(command, today());
        return stored.save(agreement.topUp(commitmentId, normalized(command.amount()).amount(), dayOr(command.on()),
                command.rateToAgreementCurrency(), command.side(), command.agency(), stored.context(agreement)));
    }

    /** Withdraws part or all of a commitment of the caller's agency. */
    public Agreement withdraw(String id, String commitmentId, ChangeCommitment command, Long expectedVersion) {
        Agreement agreement = stored.load(id, expectedVersion);
        agreement.requireOwn(commitmentId, command.side(), command.agency());
        rules.check(command, today());
        return stored.save(agreement.withdraw(commitmentId, normalized(command.amount()).amount(), dayOr(command.on()),
                command.side(), command.agency(), stored.context(agreement)));
    }

    /**
     * Allocates a call's results on its agreement; results delivered again find it allocated and
     * store nothing.
     *
     * @throws StaleVersionException when a command changed the agreement meanwhile: the consumer retries
     */
    public void allocate(String callId, Results results) {
        stored.save(get(Agreement.idFor(callId)).allocate(results, stored.context()));
    }

    /** Puts a proposal the call added to its reserve (after a redress) on the agreement's reserve, once. */
    public void extendReserve(String callId, ProposalShares proposal) {
        stored.save(get(Agreement.idFor(callId)).extendReserve(proposal, stored.context()));
    }

    /** Lapses the agreement of a cancelled call; a call cancelled before it was submitted has none. */
    public void lapse(String callId, String reason) {
        stored.find(Agreement.idFor(callId))
                .ifPresentOrElse(agreement -> stored.save(agreement.lapse(reason, stored.context())),
                        () -> log.info("Call {} was cancelled before it had an agreement", callId));
    }

    /** Records a participating side's consent to close an allocated agreement; closed once all agree. */
    public Agreement close(String id, Long expectedVersion, String callerSide, String callerAgency) {
        Agreement agreement = stored.load(id, expectedVersion);
        return stored.save(agreement.close(callerSide, callerAgency, stored.context(agreement)));
    }

    public Agreement get(String id) {
        return stored.load(id);
    }

    public Agreement ofCall(String callId) {
        return get(Agreement.idFor(callId));
    }

    /** The amount at its currency's scale (checked: no decimal is lost), so 1E+3 JPY is stored as 1000. */
    private static Money normalized(Money money) {
        int decimals = Currency.getInstance(money.currency()).getDefaultFractionDigits();
        return new Money(money.amount().setScale(decimals, RoundingMode.UNNECESSARY), money.currency());
    }

    private LocalDate dayOr(LocalDate day) {
        return day == null ? today() : day;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
