package org.coopsuite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.bench.projection.CommitmentFeed;
import org.coopsuite.platform.config.PlatformDefaults;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.Partner;
import org.coopsuite.schemas.call.PartnerRole;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Times the reference check every consumer of every service runs on an event before applying it
 * ({@link EventReferences#check}: each side and agency it names, at any depth, against the
 * reference data), on the smallest event a projection meets often (a {@code FundingCommitted})
 * and on the largest (a {@code CallResultsPublished} of a call of many proposals, each with two
 * funded partners and a self-funded one of a third country). A plain loop with warm-up and measured
 * iterations, as {@link SelectionBenchmark}.
 */
public final class ReferencesBenchmark {

    /** The suite's default reference data: the platform's {@code platform-defaults.properties}, bound as a service binds it. */
    static ReferenceData defaults() {
        try {
            return new Binder(ConfigurationPropertySources.from(new ResourcePropertySource(new ClassPathResource(
                    PlatformDefaults.LOCATION)))).bind("coop.reference", ReferenceData.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReferencesBenchmark() {
    }

    /** Nanoseconds of each measured check, sorted. */
    record Result(String event, long[] nanos) {

        double micros(double quantile) {
            int index = Math.min(nanos.length - 1, (int) Math.ceil(quantile * nanos.length) - 1);
            return nanos[Math.max(0, index)] / 1_000.0;
        }
    }

    static List<Result> run(int proposals, int warmUp, int measured) {
        EventReferences check = new EventReferences(defaults());
        return List.of(time("FundingCommitted", CommitmentFeed.event("agr-000001", 2), check, warmUp, measured),
                time("CallResultsPublished of " + proposals + " proposals", results(proposals), check, warmUp, measured));
    }

    private static Result time(String name, SpecificRecord event, EventReferences check, int warmUp, int measured) {
        for (int i = 0; i < warmUp; i++) {
            check.check(event);
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            check.check(event);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new Result(name, nanos);
    }

    /** A call's published results: half the proposals selected, half on the reserve list. */
    static CallResultsPublished results(int proposals) {
        List<RankedProposal> ranked = new ArrayList<>(proposals);
        for (int i = 0; i < proposals; i++) {
            ranked.add(RankedProposal.newBuilder().setProposalId(String.format("p-%05d", i)).setAcronym("P" + i)
                    .setRank(i + 1).setTotal("12.5").setConsortium(List.of(
                            partner("Coordinator EU", "EU", PartnerRole.COORDINATOR, money("100000.00", "EUR")),
                            partner("Partner JP", "JP", PartnerRole.PARTNER, money("10000000", "JPY")),
                            partner("Self-funded CA", "CA", PartnerRole.PARTNER, null)))
                    .setRequestedPerSide(List.of(side("EU", money("100000.00", "EUR")), side("JP", money("10000000", "JPY"))))
                    .setOpenAccessStatement("Open data.").build());
        }
        int half = proposals / 2;
        return CallResultsPublished.newBuilder()
                .setMeta(EventMeta.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType("CallResultsPublished")
                        .setAggregateType("Call").setAggregateId("bench-call").setAggregateVersion(9)
                        .setOccurredAt(Instant.now()).setCorrelationId("bench").setCausationId(null)
                        .setProducer("bench").build())
                .setCallId("bench-call").setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(ranked.subList(0, half)).setReserve(ranked.subList(half, proposals))
                .setRejected(List.of()).setSelectedPerSide(List.of(side("EU", money("1.00", "EUR")), side("JP", money("1", "JPY"))))
                .build();
    }

    private static Partner partner(String organisation, String side, PartnerRole role, Money requested) {
        return Partner.newBuilder().setOrganisation(organisation).setSide(side).setRole(role)
                .setSelfFunded(requested == null).setRequested(requested).build();
    }

    private static SideAmount side(String side, Money amount) {
        return SideAmount.newBuilder().setSide(side).setAmount(amount).build();
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }
}
