package org.coopsuite.infra;

import java.util.List;

import org.coopsuite.infra.token.JwtKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack, running: the Kafka broker and the MongoDB server, data under one directory,
 * the event topics created, the key pair that signs local tokens in place. Start it with
 * {@link LocalStackApplication} from a shell, or with {@link #start(LocalStackOptions)} from code.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalMongoServer mongo;
    private final LocalKafkaBroker kafka;

    private LocalStack(LocalMongoServer mongo, LocalKafkaBroker kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    /**
     * Makes sure the JWT key pair exists, starts MongoDB, then Kafka, then creates the missing
     * event topics.
     *
     * @throws PortInUseException if a port is taken (nothing is left running)
     */
    public static LocalStack start(LocalStackOptions options) {
        JwtKeys.ensure(options.dataDir());
        LocalMongoServer mongo = LocalMongoServer.startWithFile(options.mongoDir(), options.mongoPort());
        try {
            LocalKafkaBroker kafka = LocalKafkaBroker.start(
                    options.kafkaDir(), options.kafkaPort(), options.kafkaControllerPort());
            LocalStack stack = new LocalStack(mongo, kafka);
            stack.createTopics();
            return stack;
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
    }

    /** Kafka's {@code bootstrap.servers}. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** MongoDB's connection string, without a database. */
    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    /** Stops Kafka, then MongoDB; both write their data to disk first. Idempotent. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }

    private void createTopics() {
        try {
            List<String> created = TopicCreator.createMissingEventTopics(kafka.bootstrapServers());
            if (!created.isEmpty()) {
                log.info("Created topics {}", created);
            }
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }
}
