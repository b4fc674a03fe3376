package org.coopsuite.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A service's types are package-private unless another package uses them (STYLE.md: "types
 * package-private unless another package needs them"): each public top-level type of its main
 * code must be used from another package, by its main code or its tests, or be one that another
 * module uses (named by the caller). The application class stays public for its launcher.
 */
public final class PublicTypes {

    private PublicTypes() {
    }

    /**
     * @param servicePackage e.g. {@code org.coopsuite.call}
     * @param usedByOtherModules types another module of the suite uses (e.g. the benchmarks)
     */
    public static void checkUsedFromAnotherPackage(String servicePackage, Class<?>... usedByOtherModules) {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        Set<String> mainNames = main.stream().map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> exempt = Set.of(usedByOtherModules).stream().map(Class::getName).collect(Collectors.toSet());
        JavaClasses withTests = new ClassFileImporter().importPackages(servicePackage);
        classes().that(DescribedPredicate.describe("are public top-level types of the main code",
                        (JavaClass type) -> mainNames.contains(type.getName()) && type.isTopLevelClass()
                                && type.getModifiers().contains(JavaModifier.PUBLIC)
                                && !type.getSimpleName().endsWith("Application") && !exempt.contains(type.getName())))
                .should(beUsedFromAnotherPackage())
                .because("a type is package-private unless another package needs it")
                .check(withTests);
    }

    private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
        return new ArchCondition<>("be used from another package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean used = type.getDirectDependenciesToSelf().stream().map(Dependency::getOriginClass)
                        .anyMatch(origin -> !origin.getPackageName().equals(type.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is public, and no other package uses it"));
                }
            }
        };
    }
}
