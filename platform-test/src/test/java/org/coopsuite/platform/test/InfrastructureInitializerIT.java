package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

class InfrastructureInitializerIT {

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();

    @Test
    void givesEachContextADatabaseOfItsOwn() {
        ConfigurableEnvironment first = initializedEnvironment();
        ConfigurableEnvironment second = initializedEnvironment();

        assertThat(first.getProperty("spring.mongodb.database"))
                .startsWith("call-service-")
                .isNotEqualTo(second.getProperty("spring.mongodb.database"));
    }

    @Test
    void pointsKafkaAndMongoAtTheSharedInfrastructure() {
        ConfigurableEnvironment environment = initializedEnvironment();
        String database = environment.getProperty("spring.mongodb.database");

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers"))
                .isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(environment.getProperty("spring.mongodb.uri"))
                .isEqualTo(MongoUris.withDatabase(infrastructure.mongoConnectionString(), database));
    }

    @Test
    void pointsTheResourceServerAtTheTestTokensPublicKey() {
        ConfigurableEnvironment environment = initializedEnvironment();

        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.public-key-location"))
                .isEqualTo(TestTokens.publicKeyFile().toUri().toString());
    }

    @Test
    void winsOverPropertiesTheTestSetItself() {
        ConfigurableEnvironment environment = initializedEnvironment();

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isNotEqualTo("elsewhere:9092");
    }

    private static ConfigurableEnvironment initializedEnvironment() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    "spring.application.name", "call-service",
                    "spring.kafka.bootstrap-servers", "elsewhere:9092")));
            new TestInfrastructureInitializer().initialize(context);
            return context.getEnvironment();
        }
    }
}
