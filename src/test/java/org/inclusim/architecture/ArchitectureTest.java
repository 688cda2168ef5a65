package org.inclusim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package arrows of the design: one direction only, and a headless model. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inclusim");
    }

    @Test
    void theModelDependsOnlyOnTheJdkAndMasonsEngine() {
        noClasses().that().resideInAPackage("org.inclusim.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.inclusim.model..", "java.lang..", "java.util..", "java.io..", "sim.engine..", "sim.util..",
                        "ec.util..")
                .check(classes);
    }

    @Test
    void theModelImportsNoDisplayChartYamlOrFileCode() {
        noClasses().that().resideInAPackage("org.inclusim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "org.jfree..",
                        "org.yaml..", "java.nio..", "sim.display..", "sim.portrayal..", "org.inclusim.io..")
                .check(classes);
    }

    @Test
    void observersReadOnlyTheModel() {
        noClasses().that().resideInAPackage("org.inclusim.observe..")
                .should().dependOnClassesThat().resideInAnyPackage("org.inclusim.io..", "org.inclusim.scenario..",
                        "org.inclusim.experiment..", "org.inclusim.cli..", "org.inclusim.bench..", "org.yaml..", "org.jfree..")
                .check(classes);
    }

    @Test
    void ioDependsOnlyOnTheJdk() {
        noClasses().that().resideInAPackage("org.inclusim.io..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.inclusim.io..", "java..")
                .check(classes);
    }

    @Test
    void scenariosKnowTheModelParametersButNotTheRunners() {
        noClasses().that().resideInAPackage("org.inclusim.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.inclusim.experiment..", "org.inclusim.observe..",
                        "org.inclusim.io..", "org.inclusim.cli..", "org.inclusim.bench..", "sim..")
                .check(classes);
    }

    @Test
    void experimentsDoNotReachUpToTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.inclusim.experiment..", "org.inclusim.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.inclusim.cli..")
                .check(classes);
    }

    @Test
    void analysisReadsResultFilesOnlyWithoutMason() {
        noClasses().that().resideInAPackage("org.inclusim.analysis..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.inclusim.analysis..", "org.inclusim.io..",
                        "java..", "org.apache.commons.math3..")
                .check(classes);
    }

    @Test
    void theReportUsesAnalysisAndChartsWithoutMason() {
        noClasses().that().resideInAPackage("org.inclusim.report..")
                .should().dependOnClassesThat().resideInAnyPackage("sim..", "ec..", "org.inclusim.model..",
                        "org.inclusim.experiment..", "org.inclusim.scenario..")
                .check(classes);
    }

    @Test
    void theGuiWrapsTheModelWithMasonsDisplayAndJfreechartOnly() {
        noClasses().that().resideInAPackage("org.inclusim.gui..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.inclusim.gui..", "org.inclusim.model..",
                        "org.inclusim.observe..", "org.inclusim.scenario..", "org.inclusim.analysis..", "org.inclusim.presentation..",
                        "java..", "javax.swing..",
                        "sim..", "ec.util..",
                        "org.jfree..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineOpensTheGui() {
        noClasses().that().resideOutsideOfPackages("org.inclusim.gui..", "org.inclusim.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.inclusim.gui..")
                .check(classes);
    }

    @Test
    void theCatalogueAndPaletteDependOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.inclusim.presentation..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.inclusim.presentation..", "java.lang..", "java.util..",
                        "java.text..", "java.time..", "java.math..")
                .check(classes);
    }

    @Test
    void unitCostsNeverReachTheModelsDynamicsOrItsOutputs() {
        noClasses().that().resideInAnyPackage("org.inclusim.model..", "org.inclusim.observe..", "org.inclusim.experiment..")
                .and().resideOutsideOfPackage("org.inclusim.model.parameters..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.inclusim.model.parameters.CostParameters")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.inclusim.(*)..").should().beFreeOfCycles().check(classes);
    }
}
