package org.coopsuite.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances of a test service started by hand, as a deployment runs them: on the shared broker,
 * each on a port of its own, all on the database (and so the consumer group's parked state) the
 * test names; stopped and started again to show what survives a restart.
 */
final class ServiceInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    /**
     * @param mongoUri the MongoDB connection string without a database (the shared server's, or
     *        a proxy's in front of it)
     */
    ConfigurableApplicationContext start(Class<?> app, String name, String mongoUri, String database,
            String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.application.name=" + name,
                "server.port=0",
                "spring.kafka.bootstrap-servers=" + TestInfrastructure.shared().kafkaBootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.shared().kafkaBootstrapServers(),
                "spring.mongodb.uri=" + withDatabase(mongoUri, database),
                "spring.mongodb.database=" + database,
                TestTokens.PUBLIC_KEY_LOCATION_PROPERTY + "=" + TestTokens.publicKeyLocation()));
        all.addAll(List.of(properties));
        // As command-line arguments: the platform's defaults would win over default properties.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(app)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
        running.add(context);
        return context;
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    void stop(ConfigurableApplicationContext context) {
        running.remove(context);
        context.close();
    }

    @Override
    public void close() {
        new ArrayList<>(running).forEach(this::stop);
    }

    static String withDatabase(String connectionString, String database) {
        int query = connectionString.indexOf('?');
        String base = query < 0 ? connectionString : connectionString.substring(0, query);
        String options = query < 0 ? "" : connectionString.substring(query);
        return (base.endsWith("/") ? base : base + "/") + database + options;
    }
}
