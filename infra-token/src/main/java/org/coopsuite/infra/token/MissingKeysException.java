package org.coopsuite.infra.token;

import java.nio.file.Path;

/** No signing key under a data directory: the local stack, which creates it, has not run there yet. */
public final class MissingKeysException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    MissingKeysException(Path privateKeyFile) {
        super("No JWT signing key at " + privateKeyFile.toAbsolutePath().normalize()
                + ": start the local stack first: ./coop run");
    }
}
