package org.coopsuite.call.call;

import java.util.List;

import org.coopsuite.schemas.common.CallModality;

/** Draft a call by hand: its modality and sides, fixed from now on, and its editable content. */
public record DraftCall(CallModality modality, List<String> participatingSides, CallContent content) {

    public DraftCall {
        participatingSides = participatingSides.stream().sorted().toList();
    }
}
