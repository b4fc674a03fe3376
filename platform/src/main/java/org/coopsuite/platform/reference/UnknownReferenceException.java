package org.coopsuite.platform.reference;

/**
 * An event names something the reference data does not know, e.g. {@code unknown side XX in
 * CallSubmittedForFunding.participatingSides[2]}: a failure of the event itself, the same at every
 * attempt, so its sequence is parked at once (with this message as the reason), never applied.
 */
public class UnknownReferenceException extends RuntimeException {

    public UnknownReferenceException(String message) {
        super(message);
    }
}
