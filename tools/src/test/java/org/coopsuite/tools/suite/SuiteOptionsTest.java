package org.coopsuite.tools.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class SuiteOptionsTest {

    /** The repository's root, from the tools module where the tests run. */
    private static final Path ROOT = Path.of("..");

    /**
     * status reads the lag of the groups the services consume in: those of their
     * application.yml (each binding's group, else spring.application.name), topic by topic.
     */
    @Test
    void knowsTheConsumerGroupsAndTopicsTheServicesConfigure() throws IOException {
        for (Service service : suite().services()) {
            assertThat(sorted(service.groups())).as(service.name()).isEqualTo(configured(service.name()));
        }
    }

    @Test
    void namesEachService() {
        assertThat(suite().services()).extracting(Service::name)
                .containsExactly("call-service", "funding-service", "dialogue-service");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> configured(String service) throws IOException {
        Map<String, Object> yaml;
        try (InputStream in = Files.newInputStream(ROOT.resolve(service + "/src/main/resources/application.yml"))) {
            yaml = new Yaml().load(in);
        }
        Map<String, Object> spring = (Map<String, Object>) yaml.get("spring");
        String name = (String) ((Map<String, Object>) spring.get("application")).get("name");
        Map<String, Object> bindings = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spring.get("cloud"))
                .get("stream")).get("bindings");
        Map<String, Set<String>> groups = new TreeMap<>();
        bindings.forEach((binding, value) -> {
            Map<String, Object> properties = (Map<String, Object>) value;
            if (binding.contains("-in-")) {
                String group = ((String) properties.getOrDefault("group", name))
                        .replace("${spring.cloud.stream.default.group}", name);
                groups.computeIfAbsent(group, g -> new TreeSet<>()).add((String) properties.get("destination"));
            }
        });
        return groups;
    }

    private static Map<String, Set<String>> sorted(Map<String, List<String>> groups) {
        Map<String, Set<String>> sorted = new TreeMap<>();
        groups.forEach((group, topics) -> sorted.put(group, new TreeSet<>(new ArrayList<>(topics))));
        return sorted;
    }

    private static SuiteOptions suite() {
        Holder holder = new Holder();
        CommandLines.configure(new CommandLine(holder), System.out, System.err).parseArgs();
        return holder.suite;
    }

    @Command(name = "holder")
    static final class Holder {
        @Mixin
        SuiteOptions suite;
    }
}
