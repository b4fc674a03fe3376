package org.coopsuite.dashboard;

import java.nio.file.Path;
import java.util.List;

import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.SuiteProcesses;
import org.coopsuite.platform.test.TestInfrastructure;

/**
 * The whole suite as processes ({@link SuiteProcesses}) on the test broker and server, for the
 * browser tests: started once for the JVM, stopped at once when it ends (the broker and the server
 * stop in a shutdown hook of their own at the same moment, and a graceful stop of five processes
 * that wait for them took longer than Surefire's 30 s for a forked JVM to exit).
 */
final class BrowserSuite {

    private static BrowserSuite running;

    final SuiteProcesses processes;
    final String run;
    final String dashboardUrl;
    final ServiceProcess call;
    final ServiceProcess funding;
    final ServiceProcess dialogue;

    private BrowserSuite() {
        Path root = Path.of(System.getProperty("coop.e2e.root", ".."));
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        processes = SuiteProcesses.start(root, System.getProperty("coop.e2e.version"),
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoConnectionString(),
                root.resolve("dashboard/target/browser-logs"), List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
        Runtime.getRuntime().addShutdownHook(new Thread(processes::close));
        run = processes.run();
        dashboardUrl = processes.dashboardUrl();
        call = processes.call();
        funding = processes.funding();
        dialogue = processes.dialogue();
    }

    /**
     * The suite for a class of browser tests: a browser first (without one, and not required, the
     * class is skipped before five processes start), then the running suite.
     */
    static BrowserSuite forBrowserTests() {
        Browser.open().close();
        return get();
    }

    private static synchronized BrowserSuite get() {
        if (running == null) {
            running = new BrowserSuite();
        }
        return running;
    }

    /** A token as the authorization server issues it, for the test's own API calls. */
    String bearer(String role, String side, String agency) {
        return processes.bearer(role, side, agency);
    }
}
