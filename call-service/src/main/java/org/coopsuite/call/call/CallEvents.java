package org.coopsuite.call.call;

/** Maps the call's values to their form in the published events. */
final class CallEvents {

    private CallEvents() {
    }

    static org.coopsuite.schemas.call.MandateReference mandate(MandateReference mandate) {
        return mandate == null ? null : org.coopsuite.schemas.call.MandateReference.newBuilder()
                .setDialogueId(mandate.dialogueId()).setDecisionId(mandate.decisionId()).build();
    }
}
