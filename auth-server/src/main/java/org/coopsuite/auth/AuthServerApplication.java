package org.coopsuite.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The suite's local authorization server: signs the local users in (authorization code with
 * PKCE, for the dashboard) and machines (client credentials), and issues access tokens with the
 * {@code roles}, {@code side} and {@code agency} claims the services read, signed with the local
 * stack's key pair, so that {@code ./coop token}'s tokens and its own verify alike.
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalAccounts.class)
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
