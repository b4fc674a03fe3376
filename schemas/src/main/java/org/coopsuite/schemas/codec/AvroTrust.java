package org.coopsuite.schemas.codec;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it does not trust. The
 * suite's events all live under one package, trusted here, in one place, through Avro's
 * programmatic validator: unlike the {@code org.apache.avro.SERIALIZABLE_PACKAGES} system
 * property, it works whenever it is called, not only before Avro's classes load.
 */
public final class AvroTrust {

    public static final String EVENTS_PACKAGE = "org.coopsuite.schemas.";

    private static final ClassSecurityPredicate EVENTS = type -> type.getName().startsWith(EVENTS_PACKAGE);
    private static boolean trusted;

    private AvroTrust() {
    }

    /** Trusts the events' package in addition to whatever Avro already trusts; idempotent. */
    public static synchronized void ensureTrusted() {
        if (!trusted) {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), EVENTS));
            trusted = true;
        }
    }
}
