package org.coopsuite.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coopsuite.call.proposal.Selection;
import org.coopsuite.platform.test.PublicTypes;
import org.coopsuite.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class CallArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.coopsuite.call");

    @Test
    void featurePackagesKnowNothingOfTheirAdapters() {
        ServiceArchitecture.featuresKnowNothingOfAdapters("org.coopsuite.call").check(CLASSES);
    }

    @Test
    void featurePackagesDependOnEachOtherOneWay() {
        ServiceArchitecture.featuresFreeOfCycles("org.coopsuite.call").check(CLASSES);
    }

    @Test
    void everyBindingComesFromTheTopicConsumersThatCheckSides() {
        ServiceArchitecture.bindingsComeFromTopicConsumers("org.coopsuite.call").check(CLASSES);
    }

    @Test
    void aggregatesAreStoredOnlyThroughTheirRepository() {
        ServiceArchitecture.aggregatesOnlyThroughTheirRepository("org.coopsuite.call").check(CLASSES);
    }

    @Test
    void noSourceNamesAFieldOfTheStoredAggregateDocument() {
        assertThat(ServiceArchitecture.storedDocumentFieldNames(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void typesArePublicOnlyWhereAnotherPackageUsesThem() {
        PublicTypes.checkUsedFromAnotherPackage("org.coopsuite.call", Selection.class);
    }
}
