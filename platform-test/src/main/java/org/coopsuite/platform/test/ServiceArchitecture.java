package org.coopsuite.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The shape every service keeps (STYLE.md, "Inside a service"): a feature package holds the
 * rules and knows nothing of HTTP, Kafka or MongoDB; its adapters live in its sub-packages
 * ({@code web}, {@code messaging}, {@code persistence}) and depend on it, never the reverse; and
 * the feature packages of a service depend on each other one way only.
 */
public final class ServiceArchitecture {

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
}
