package org.coopsuite.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coopsuite.platform.reference.ReferenceData;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authorities of an accepted token: {@code ROLE_<role>} for each of its {@code roles}, but
 * only when what it claims holds together with the reference data: every role one of the
 * suite's, a side that is configured, an agency (if any) of that side, and an agency for a
 * funding officer. Otherwise none, so that the token is refused every operation (403): a
 * token claiming a side or agency that does not exist is forged or misconfigured, whoever signed it.
 */
final class SuiteAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Set<String> ROLES = Stream.of(Role.values()).map(Enum::name).collect(Collectors.toSet());

    private final ReferenceData reference;

    SuiteAuthorities(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(CurrentUser.ROLES_CLAIM);
        if (!holdsTogether(roles, jwt.getClaimAsString(CurrentUser.SIDE_CLAIM), jwt.getClaimAsString(CurrentUser.AGENCY_CLAIM))) {
            return List.of();
        }
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    boolean holdsTogether(List<String> roles, String side, String agency) {
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            return false;
        }
        return reference.side(side)
                .map(known -> agency == null
                        ? !roles.contains(Role.FUNDING_OFFICER.name())
                        : known.agencies().contains(agency))
                .orElse(false);
    }
}
