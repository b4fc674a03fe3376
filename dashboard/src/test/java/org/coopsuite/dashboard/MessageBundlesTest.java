package org.coopsuite.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every label in English and in Japanese: the two bundles hold the same keys, and every key a page uses. */
class MessageBundlesTest {

    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void theEnglishAndJapaneseBundlesHoldTheSameKeys() {
        assertThat(keys("messages_ja.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyMessageAPageUsesIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages.properties")).containsAll(used);
        assertThat(keys("messages_ja.properties")).containsAll(used);
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
