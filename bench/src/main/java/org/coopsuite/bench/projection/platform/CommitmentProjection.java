package org.coopsuite.bench.projection.platform;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.springframework.stereotype.Component;

/** One view per agreement: how many commitments it has seen and the money committed. */
@Component
public class CommitmentProjection implements Projection<CommitmentView> {

    public static final String COLLECTION = "commitmentViews";

    /** When the first event was applied, for the benchmark's clock; 0 until then. */
    private final AtomicLong firstApplied = new AtomicLong();

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Class<CommitmentView> viewType() {
        return CommitmentView.class;
    }

    @Override
    public CommitmentView newView(String id) {
        return new CommitmentView(id);
    }

    @Override
    public void apply(CommitmentView view, SpecificRecord event) {
        firstApplied.compareAndSet(0, System.nanoTime());
        if (event instanceof FundingCommitted committed) {
            view.committed(new BigDecimal(committed.getAmount().getAmount()));
        }
    }

    public long firstAppliedNanos() {
        return firstApplied.get();
    }
}
