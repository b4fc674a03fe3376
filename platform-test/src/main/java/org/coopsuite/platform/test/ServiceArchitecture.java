package org.coopsuite.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The shape every service keeps (STYLE.md, "Inside a service"): a feature package holds the
 * rules and knows nothing of HTTP, Kafka or MongoDB; its adapters live in its sub-packages
 * ({@code web}, {@code messaging}, {@code persistence}) and depend on it, never the reverse; the
 * feature packages of a service depend on each other one way only; and the document an aggregate
 * is stored in belongs to the platform's aggregate repository: no service reads or writes it by
 * hand, nor names its fields.
 */
public final class ServiceArchitecture {

    private static final String AGGREGATE_ROOT = "org.coopsuite.platform.domain.AggregateRoot";
    /** The hand tools of a document: the template, its converter, the raw document. */
    private static final String DOCUMENT_TOOLS = "org\\.springframework\\.data\\.mongodb\\.core\\."
            + "(MongoTemplate|MongoOperations|convert\\.MongoConverter|convert\\.MappingMongoConverter)|org\\.bson\\.Document";
    /**
     * A string literal that names a field of the stored aggregate document: {@code "version"},
     * anything under {@code "state."} or {@code "outbox"}, the relay's fields. (A bare
     * {@code "state"} is also a field of many states, queried through the repository.)
     */
    private static final Pattern DOCUMENT_FIELD = Pattern
            .compile("\"(version|state\\.[^\"]*|outbox(\\.[^\"]*)?|relayLease|relayClaim|relayPending)\"");

    private ServiceArchitecture() {
    }

    /** @param servicePackage e.g. {@code org.coopsuite.call} */
    public static ArchRule featuresKnowNothingOfAdapters(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + ".*")
                .should().dependOnClassesThat().resideInAnyPackage(
                        servicePackage + ".*.web..", servicePackage + ".*.messaging..",
                        servicePackage + ".*.persistence..",
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.cloud.stream..",
                        "org.springframework.messaging..", "com.mongodb..", "org.springframework.data.mongodb..")
                .because("a feature's rules must read the same whatever carries them (STYLE.md)");
    }

    /**
     * A feature package with its adapters is a slice ({@code <service>.<feature>..}); no slice
     * depends on another that depends back on it, directly or round about, so each feature can be
     * read, changed and tested on top of the ones it uses.
     *
     * @param servicePackage e.g. {@code org.coopsuite.call}
     */
    public static ArchRule featuresFreeOfCycles(String servicePackage) {
        return SlicesRuleDefinition.slices().matching(servicePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("a feature uses the features below it one way (STYLE.md, \"Inside a service\")");
    }

    /**
     * Every binding function of the service comes from the platform's {@code TopicConsumers}, which
     * checks each event's sides against the reference data before any projection or reaction sees
     * it: no service builds an {@code EventBatchConsumer} of its own, which would skip that check.
     *
     * @param servicePackage e.g. {@code org.coopsuite.call}
     */
    public static ArchRule bindingsComeFromTopicConsumers(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.coopsuite.platform.messaging.EventBatchConsumer")
                .because("an event naming an unknown side must be parked by every consumer (issue 24)");
    }

    /**
     * No class that deals with an aggregate reaches for MongoDB's own tools: it loads, saves and
     * queries the aggregate through its {@code AggregateRepository}, the one owner of the stored
     * document's shape. (Projections keep their views with the template; they touch no aggregate.)
     *
     * @param servicePackage e.g. {@code org.coopsuite.call}
     */
    public static ArchRule aggregatesOnlyThroughTheirRepository(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").and(dependOnAnAggregate())
                .should().dependOnClassesThat(HasName.Predicates.nameMatching(DOCUMENT_TOOLS))
                .because("an aggregate's stored document is the platform's AggregateRepository's to read and write");
    }

    private static DescribedPredicate<JavaClass> dependOnAnAggregate() {
        return DescribedPredicate.describe("depend on an aggregate", type -> type.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass())
                .anyMatch(target -> target.isAssignableTo(AGGREGATE_ROOT) && !target.getName().equals(AGGREGATE_ROOT)));
    }

    /**
     * Where the main sources name a field of the stored aggregate document in a string literal,
     * as {@code path:line: "literal"}; the shape is the platform's aggregate repository's alone.
     * ArchUnit reads classes, which keep no string constants it can see, so this reads the sources.
     *
     * @param sources a module's {@code src/main/java}
     */
    public static List<String> storedDocumentFieldNames(Path sources) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher literal = DOCUMENT_FIELD.matcher(lines.get(i));
                    while (literal.find()) {
                        found.add(sources.relativize(file) + ":" + (i + 1) + ": " + literal.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
