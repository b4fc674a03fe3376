package org.coopsuite.dashboard.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user, as every page shows it and decides what to offer: the ID token's claims. */
@ControllerAdvice
class CurrentUser {

    /** The user's name, roles, side and agency (null when none). */
    record User(String name, List<String> roles, String side, String agency) {

        public boolean operator() {
            return roles.contains("OPERATOR");
        }
    }

    @ModelAttribute("user")
    User user(@AuthenticationPrincipal OidcUser oidc) {
        if (oidc == null) {
            return null;
        }
        List<String> roles = oidc.getClaimAsStringList("roles");
        return new User(oidc.getSubject(), roles == null ? List.of() : roles, oidc.getClaimAsString("side"),
                oidc.getClaimAsString("agency"));
    }
}
