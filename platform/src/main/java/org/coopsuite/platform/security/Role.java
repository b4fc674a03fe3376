package org.coopsuite.platform.security;

/** The roles of the suite, carried in a token's {@code roles} claim. */
public enum Role {
    SECRETARIAT, PROGRAMME_OFFICER, EVALUATOR, APPLICANT, FUNDING_OFFICER, OPERATOR, VIEWER;

    /** Every role: any of them may read. */
    static String[] all() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
