package org.coopsuite.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local users and machines ({@code local-users.yml}), with the claims their tokens carry.
 *
 * @param users    by user name
 * @param machines by client id, for the client credentials grant
 * @param audience the {@code aud} of every access token: what the services check
 * @param dataDir  where the key pair lives ({@code <dataDir>/keys}), the local stack's
 */
@ConfigurationProperties("coop.auth")
record LocalAccounts(Map<String, User> users, Map<String, Claims> machines, String audience, Path dataDir) {

    LocalAccounts {
        users = users == null ? Map.of() : Map.copyOf(users);
        machines = machines == null ? Map.of() : Map.copyOf(machines);
    }

    /** A local user: its password (local only: printed by {@code ./coop run}) and its claims. */
    record User(String password, List<String> roles, String side, String agency) {

        Claims claims() {
            return new Claims(roles, side, agency);
        }
    }

    /** What a token says of its bearer, besides the subject; {@code agency} may be null. */
    record Claims(List<String> roles, String side, String agency) {

        Claims {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** The claims of a user by name, or of a machine by client id. */
    Optional<Claims> claimsOf(String name) {
        return Optional.ofNullable(users.get(name)).map(User::claims).or(() -> Optional.ofNullable(machines.get(name)));
    }
}
