package org.coopsuite.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling, as far as the rules care: the side and, for funding officers, the agency. */
public record CurrentUser(String subject, String side, String agency) {

    public static final String SIDE_CLAIM = "side";
    public static final String AGENCY_CLAIM = "agency";
    public static final String ROLES_CLAIM = "roles";

    /** The caller of the current request, if it came with a token. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            return Optional.of(new CurrentUser(jwt.getSubject(), jwt.getClaimAsString(SIDE_CLAIM),
                    jwt.getClaimAsString(AGENCY_CLAIM)));
        }
        return Optional.empty();
    }
}
