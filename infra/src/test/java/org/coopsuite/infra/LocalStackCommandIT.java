package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackCommandIT {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void failsWithOneClearLineWhenTheKafkaPortIsTaken() throws IOException {
        try (ServerSocket taken = occupyAPort()) {
            int code = run("--kafka-port", String.valueOf(taken.getLocalPort()), "--mongo-port", "0");

            assertThat(code).isEqualTo(LocalStackCommand.FAILED);
            assertThat(errorOutput()).hasLineCount(1)
                    .contains("Kafka cannot listen on port " + taken.getLocalPort())
                    .contains("--kafka-port")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void failsWithOneClearLineWhenTheMongoPortIsTaken() throws IOException {
        try (ServerSocket taken = occupyAPort()) {
            int code = run("--mongo-port", String.valueOf(taken.getLocalPort()), "--kafka-port", "0");

            assertThat(code).isEqualTo(LocalStackCommand.FAILED);
            assertThat(errorOutput()).hasLineCount(1)
                    .contains("MongoDB cannot listen on port " + taken.getLocalPort())
                    .contains("--mongo-port");
        }
    }

    @Test
    void releasesTheMongoPortWhenKafkaCannotStart() throws IOException {
        int mongoPort = Ports.free();
        try (ServerSocket taken = occupyAPort()) {
            run("--kafka-port", String.valueOf(taken.getLocalPort()), "--mongo-port", String.valueOf(mongoPort));
        }

        try (ServerSocket mongoPortAgain = new ServerSocket(mongoPort, 0, InetAddress.getByName(Ports.HOST))) {
            assertThat(mongoPortAgain.isBound()).isTrue();
        }
    }

    @Test
    void failsWithOneLineWhenAnotherStackUsesTheDataDirectory() {
        try (LocalStack running = LocalStack.start(new LocalStackOptions(0, 0, 0, dataDir))) {
            int code = run("--kafka-port", "0", "--mongo-port", "0");

            assertThat(code).isEqualTo(LocalStackCommand.FAILED);
            assertThat(errorOutput()).hasLineCount(1).startsWith("Local stack failed to start: ")
                    .contains("locked", "Is another local stack using " + dataDir.toAbsolutePath());
        }
    }

    @Test
    void printsTheOptionsOnHelp() {
        assertThat(run("--help")).isEqualTo(LocalStackCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--kafka-port", "--mongo-port", "--data-dir");
    }

    @Test
    void rejectsAnUnknownOptionWithTheUsage() {
        int code = run("--zookeeper", "2181");

        assertThat(code).isEqualTo(LocalStackCommand.USAGE);
        assertThat(errorOutput()).startsWith("Unknown options: '--zookeeper', '2181'").contains("Usage: ", "--data-dir");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--kafka-controller-port";
        all[args.length + 1] = "0";
        all[args.length + 2] = "--data-dir";
        all[args.length + 3] = dataDir.toString();
        return LocalStackCommand.run(all, new Properties(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errorOutput() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private static ServerSocket occupyAPort() throws IOException {
        return new ServerSocket(0, 0, InetAddress.getByName(Ports.HOST));
    }
}
