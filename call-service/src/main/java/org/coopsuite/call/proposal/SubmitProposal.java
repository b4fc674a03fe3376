package org.coopsuite.call.proposal;

import java.util.List;

/** Submit a proposal to an open call. */
public record SubmitProposal(String callId, String acronym, String title, List<Partner> consortium,
        String openAccessStatement, List<TwinnedProject> twinnedProjects) {

    public SubmitProposal {
        consortium = List.copyOf(consortium);
        twinnedProjects = twinnedProjects == null ? List.of() : List.copyOf(twinnedProjects);
    }
}
