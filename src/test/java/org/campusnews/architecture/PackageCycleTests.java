package org.campusnews.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The top-level packages under {@code org.campusnews} (each feature with its {@code web/} and {@code admin/}
 * below it, and the shared ones) depend on each other in one direction only: a cycle between any of them fails
 * this test. README's "Architecture" section tells the directions.
 */
class PackageCycleTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.campusnews");

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.campusnews.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }
}
