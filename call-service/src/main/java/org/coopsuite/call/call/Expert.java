package org.coopsuite.call.call;

/**
 * An independent expert of a call's panel.
 *
 * @param id the subject of the expert's token: who evaluates, as the API knows them
 * @param organisation where the expert works; a proposal with a partner of that organisation is a conflict
 */
public record Expert(String id, String side, String organisation) {

    /** Whether this expert works for the organisation (names compared without case and outer spaces). */
    public boolean belongsTo(String otherOrganisation) {
        return otherOrganisation != null && organisation.strip().equalsIgnoreCase(otherOrganisation.strip());
    }

    /** The expert as events carry it. */
    public org.coopsuite.schemas.call.Expert toEvent() {
        return org.coopsuite.schemas.call.Expert.newBuilder().setExpertId(id).setSide(side).setOrganisation(organisation)
                .build();
    }
}
