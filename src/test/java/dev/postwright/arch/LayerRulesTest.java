package dev.postwright.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps JavaFX out of the core so the command line never needs a display. */
class LayerRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.postwright");

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.postwright.ui..", "dev.postwright.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("the core and the command line must run headless without the JavaFX toolkit")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnUiOrCli() {
        noClasses().that().resideInAnyPackage("dev.postwright.frontmatter..", "dev.postwright.post..",
                        "dev.postwright.site..", "dev.postwright.validation..", "dev.postwright.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.postwright.ui..", "dev.postwright.cli..",
                        "dev.postwright.app..")
                .check(CLASSES);
    }
}
