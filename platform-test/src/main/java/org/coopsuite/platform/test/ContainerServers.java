package org.coopsuite.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/** Kafka and MongoDB (a single-node replica set) in Docker containers, started together. */
final class ContainerServers implements Servers {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();

    static ContainerServers start() {
        ContainerServers servers = new ContainerServers();
        Startables.deepStart(servers.kafka, servers.mongo).join();
        return servers;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    // The replica set's member is named by the container's host name, which the host cannot
    // resolve: connect directly instead of discovering the set.
    @Override
    public String mongoConnectionString() {
        return mongo.getConnectionString() + "/?directConnection=true";
    }

    @Override
    public void close() {
        kafka.stop();
        mongo.stop();
    }
}
