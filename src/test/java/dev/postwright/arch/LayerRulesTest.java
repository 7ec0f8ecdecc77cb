package dev.postwright.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md: each package depends only on the ones below it, no package cycles, JavaFX
 * only in the window, the standard streams only where a command talks to the terminal.
 */
class LayerRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.postwright");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("App")
                .definedBy("dev.postwright.app..")
                .layer("Ui")
                .definedBy("dev.postwright.ui..")
                .layer("Cli")
                .definedBy("dev.postwright.cli..")
                .layer("Workspace")
                .definedBy("dev.postwright.workspace..")
                .layer("Validation")
                .definedBy("dev.postwright.validation..")
                .layer("Spell")
                .definedBy("dev.postwright.spell..")
                .layer("Site")
                .definedBy("dev.postwright.site..")
                .layer("Render")
                .definedBy("dev.postwright.render..")
                .layer("Post")
                .definedBy("dev.postwright.post..")
                .layer("Frontmatter")
                .definedBy("dev.postwright.frontmatter..")
                .whereLayer("App")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Workspace")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
                .whereLayer("Validation")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Workspace")
                .whereLayer("Spell")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Workspace", "Validation")
                .whereLayer("Site")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Workspace", "Validation", "Spell")
                .whereLayer("Render")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Workspace", "Validation", "Spell", "Site")
                .whereLayer("Post")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Workspace", "Validation", "Spell", "Site", "Render")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.postwright.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.postwright.ui..", "dev.postwright.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("the core and the command line must run headless without the JavaFX toolkit")
                .check(CLASSES);
    }

    @Test
    void onlyCommandsWriteToTheTerminal() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.postwright.cli..", "dev.postwright.app..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("the window reports through its own messages and System.Logger; only the command line "
                        + "and the launcher (a bad path given on the terminal) print")
                .check(CLASSES);
    }
}
