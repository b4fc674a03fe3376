package org.coopsuite.platform.security;

import java.util.Collection;

import org.coopsuite.platform.domain.ForbiddenException;

/** The rule that a caller acts only on what their own side takes part in. */
public final class Sides {

    private Sides() {
    }

    /** The side of the caller of the current request, or null. */
    public static String ofCaller() {
        return CurrentUser.get().map(CurrentUser::side).orElse(null);
    }

    /** @throws ForbiddenException (403) unless the side is one of these */
    public static void require(String side, Collection<String> sides) {
        if (side == null || !sides.contains(side)) {
            throw new ForbiddenException("Side " + side + " does not take part; its sides are " + sides);
        }
    }
}
