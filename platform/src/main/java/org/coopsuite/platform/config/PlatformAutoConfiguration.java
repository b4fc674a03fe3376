package org.coopsuite.platform.config;

import org.coopsuite.platform.health.MongoPingHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What every service of the suite gets from the platform by having it on the classpath. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class PlatformAutoConfiguration {

    /** Named like Boot's own indicator so that Boot's {@code hello}-based one backs off. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
