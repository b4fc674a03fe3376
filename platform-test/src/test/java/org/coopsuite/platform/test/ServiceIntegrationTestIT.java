package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.core.env.Environment;

// No web server: this module's test classpath has Spring MVC (for ResourceServerIT), and this
// application has no auto-configuration to start one.
@ServiceIntegrationTest(classes = ServiceIntegrationTestIT.Application.class, properties = {
        "spring.application.name=funding-service", "coop.example=passed-through", "spring.main.web-application-type=none"})
class ServiceIntegrationTestIT {

    @Autowired
    Environment environment;

    @Test
    void passesTheTestsOwnPropertiesThrough() {
        assertThat(environment.getProperty("coop.example")).isEqualTo("passed-through");
    }

    @Test
    void pointsTheApplicationAtItsOwnDatabaseOnTheSharedInfrastructure() {
        assertThat(environment.getProperty("spring.mongodb.database")).startsWith("funding-service-");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    @SpringBootConfiguration
    static class Application {
    }
}
