package org.coopsuite.platform.test;

/** A running Kafka and MongoDB, however they were started. */
interface Servers extends AutoCloseable {

    String kafkaBootstrapServers();

    /** Without a database. */
    String mongoConnectionString();

    @Override
    void close();
}
