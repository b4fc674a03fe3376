package org.coopsuite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the suite's version (from the build) and the Java that runs it. */
public final class CoopVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"coop-suite " + version() + " (Java " + Runtime.version() + ")"};
    }

    /** The suite's version, as the build wrote it into this jar. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = CoopVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the version", e);
        }
        return properties.getProperty("version", "unknown");
    }
}
