package org.releasesim.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout is the architecture: dependencies point inward, to the model. */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.releasesim");
  }

  @Test
  void theModelKnowsNothingOfFilesGuiOrOtherLayers() {
    noClasses().that().resideInAPackage("org.releasesim.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.releasesim.scenario..",
            "org.releasesim.experiment..", "org.releasesim.output..", "org.releasesim.gui..",
            "org.releasesim.cli..", "java.nio.file..", "javax.swing..",
            "java.awt..", "sim.display..", "sim.portrayal..", "org.jfree..", "org.yaml..",
            "com.fasterxml..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineDependsOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("org.releasesim.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.releasesim.cli..")
        .check(classes);
  }

  @Test
  void scenarioAndOutputDoNotDependOnEachOtherOrOnTheGui() {
    noClasses().that().resideInAPackage("org.releasesim.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("org.releasesim.output..",
            "org.releasesim.gui..", "org.releasesim.experiment..")
        .check(classes);
    noClasses().that().resideInAPackage("org.releasesim.output..")
        .should().dependOnClassesThat().resideInAnyPackage("org.releasesim.scenario..",
            "org.releasesim.gui..")
        .check(classes);
  }

  @Test
  void experimentsDoNotWriteFilesOrDrawCharts() {
    noClasses().that().resideInAPackage("org.releasesim.experiment..")
        .should().dependOnClassesThat().resideInAnyPackage("org.releasesim.output..",
            "org.releasesim.gui..", "org.jfree..")
        .check(classes);
  }

  @Test
  void theApplicationLayerKnowsNothingOfTheCommandLine() {
    noClasses().that().resideInAPackage("org.releasesim.app..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..",
            "org.releasesim.cli..")
        .check(classes);
  }

  @Test
  void theGuisCoreIsSwingFreeAndTheViewsDoNotStartThemselves() {
    noClasses().that().resideInAPackage("org.releasesim.gui.watch..")
        .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "sim.display..",
            "sim.portrayal..", "org.jfree..", "org.releasesim.gui.view..",
            "org.releasesim.gui.launch..")
        .check(classes);
    noClasses().that().resideInAPackage("org.releasesim.gui.view..")
        .should().dependOnClassesThat().resideInAPackage("org.releasesim.gui.launch..")
        .check(classes);
  }

  /**
   * The parameter records are read by reflection in one place, model.param.ParamSchema (with its
   * ParamComponent view): a second walker could disagree with the reader about what a key is.
   */
  @Test
  void onlyTheParameterSchemaReflectsOverRecordComponents() {
    noClasses().that().haveNameNotMatching(
            "org\\.releasesim\\.model\\.param\\.Param(Schema|Component|Kind)(\\$.*)?")
        .should().dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.reflect.RecordComponent")
        .orShould().callMethod(Class.class, "getRecordComponents")
        .check(classes);
  }
}
