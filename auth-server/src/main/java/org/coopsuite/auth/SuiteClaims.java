package org.coopsuite.auth;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the suite's claims ({@code roles}, {@code side}, {@code agency}) of the signed-in user,
 * or of the machine for the client credentials grant, in its access and ID tokens; the access
 * token's audience is the suite's. A user or machine without claims gets a token without them,
 * which the services refuse.
 */
final class SuiteClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String SIDE = "side";
    static final String AGENCY = "agency";

    private final LocalAccounts accounts;

    SuiteClaims(LocalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String bearer = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? context.getRegisteredClient().getClientId()
                : context.getPrincipal().getName();
        accounts.claimsOf(bearer).ifPresent(claims -> {
            context.getClaims().claim(ROLES, claims.roles()).claim(SIDE, claims.side());
            if (claims.agency() != null) {
                context.getClaims().claim(AGENCY, claims.agency());
            }
        });
        if (accessToken) {
            context.getClaims().audience(List.of(accounts.audience()));
        }
    }
}
