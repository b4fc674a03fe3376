package org.coopsuite.platform.test;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Points an application context at the {@link TestInfrastructure#shared() shared} Kafka and
 * MongoDB, with a database of its own ({@code <spring.application.name>-<random>}) so that tests
 * do not see each other's documents, and a consumer group of the same name, so that the contexts
 * Spring keeps alive in one JVM do not split a topic's partitions between them (an event sent by
 * one test would reach another test's context and database); and makes its resource server verify tokens with the
 * {@link TestTokens} public key, so that it accepts those tokens and no others. Its properties take
 * precedence over every other source, including {@code @SpringBootTest(properties = ...)}: a
 * binding that names its group spells it from {@code spring.cloud.stream.default.group}. Its event
 * consumers start at the topics' ends as they were when the context started, or started again
 * after the test context cache paused it ({@link ConsumersFromContextStart}), so that the test
 * classes of one JVM do not feed each other.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE = "coopTestInfrastructure";

    /** The property naming the context's consumer group (its database's name). */
    public static final String GROUP_PROPERTY = "spring.cloud.stream.default.group";

    private static final boolean BINDER_PRESENT = ClassUtils.isPresent(
            "org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener",
            TestInfrastructureInitializer.class.getClassLoader());

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        ConfigurableEnvironment environment = context.getEnvironment();
        String database = databaseName(environment.getProperty("spring.application.name", "test"));
        Map<String, Object> properties = Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", MongoUris.withDatabase(infrastructure.mongoConnectionString(), database),
                "spring.mongodb.database", database,
                GROUP_PROPERTY, database,
                TestTokens.PUBLIC_KEY_LOCATION_PROPERTY, TestTokens.publicKeyLocation());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        if (BINDER_PRESENT) {
            context.getBeanFactory().registerSingleton(ConsumersFromContextStart.BEAN_NAME,
                    new ConsumersFromContextStart(infrastructure.kafkaBootstrapServers()));
        }
    }

    // MongoDB database names allow neither dots, slashes nor spaces and at most 63 bytes.
    static String databaseName(String applicationName) {
        String base = applicationName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        String trimmed = base.length() > 40 ? base.substring(0, 40) : base;
        return trimmed + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
