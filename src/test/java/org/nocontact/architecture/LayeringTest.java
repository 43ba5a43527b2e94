package org.nocontact.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the code base, checked on the compiled classes: no two packages depend on
 * each other (directly or round a cycle), and each layer README.md names ("Project layout")
 * depends only on the layers after it.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nocontact");
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.nocontact.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachLayerDependsOnlyOnTheLayersReadmeNamesAfterIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.nocontact.cli..")
                .layer("tracker").definedBy("org.nocontact.tracker..")
                .layer("interview").definedBy("org.nocontact.interview..")
                .layer("authoring").definedBy("org.nocontact.authoring..")
                .layer("advice").definedBy("org.nocontact.advice..")
                .layer("analysis").definedBy("org.nocontact.analysis..")
                .layer("rules").definedBy("org.nocontact.rules..")
                .layer("situation").definedBy("org.nocontact.situation..")
                .layer("json").definedBy("org.nocontact.json..")
                .layer("files").definedBy("org.nocontact.files..")
                .layer("terminal").definedBy("org.nocontact.terminal..")
                .layer("text").definedBy("org.nocontact.text..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("tracker").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("interview").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("authoring").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("advice").mayOnlyBeAccessedByLayers("cli", "tracker", "interview", "authoring")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli", "tracker", "interview", "authoring", "advice")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("cli", "tracker", "interview", "authoring", "advice",
                        "analysis")
                .whereLayer("situation").mayOnlyBeAccessedByLayers("cli", "tracker", "interview", "authoring",
                        "advice", "analysis", "rules")
                .whereLayer("files").mayOnlyBeAccessedByLayers("cli", "tracker", "interview", "authoring", "advice",
                        "analysis", "rules")
                .whereLayer("terminal").mayOnlyBeAccessedByLayers("cli", "tracker", "interview")
                .check(classes);
    }

    @Test
    void theRuleModelsChecksAreALeafThatOnlyTheJsonLayerServes() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that()
                .resideInAPackage("org.nocontact.rules.checks..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.nocontact.rules.checks..", "org.nocontact.json..", "org.nocontact.text..",
                        "java..")
                .check(classes);
    }

    @Test
    void theTextFileAndTerminalHelpersDependOnNothingOfOurs() {
        for (String helper : java.util.List.of("text", "files", "terminal")) {
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that()
                    .resideInAPackage("org.nocontact." + helper + "..")
                    .should().onlyDependOnClassesThat()
                    .resideInAnyPackage("org.nocontact." + helper + "..", "java..")
                    .check(classes);
        }
    }

    @Test
    void noReaderOfTheRuleSetCallsBackIntoTheLoader() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideInAPackage("org.nocontact.rules..").and().doNotHaveSimpleName("RuleSetLoader")
                .should().dependOnClassesThat().haveSimpleName("RuleSetLoader")
                .check(classes);
    }
}
