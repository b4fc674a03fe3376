package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a README generated from the code (a table the code holds): the text between
 * {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->} must be the generated one. Run the test
 * with {@code -Dcoop.readme.write=true} to write it instead.
 */
public final class ReadmeSection {

    private ReadmeSection() {
    }

    public static void assertGenerated(Path readme, String name, String generated) {
        String begin = "<!-- " + name + ":begin -->\n";
        String end = "<!-- " + name + ":end -->";
        try {
            String text = Files.readString(readme);
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            assertThat(from).as("%s has no section %s", readme, begin.strip()).isNotNegative();
            assertThat(to).as("%s has no end of section %s", readme, end).isGreaterThan(from);
            String current = text.substring(from + begin.length(), to);
            if (Boolean.getBoolean("coop.readme.write")) {
                Files.writeString(readme, text.substring(0, from + begin.length()) + generated + text.substring(to));
                return;
            }
            assertThat(current).as("the section %s of %s (-Dcoop.readme.write=true writes it)", name, readme)
                    .isEqualTo(generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
