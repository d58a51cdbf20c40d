package io.drkit.harness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.drkit.harness", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theCheckerReadsFilesOnly = classes()
      .that().resideInAPackage("..harness.drill.check..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("..harness.drill.check..", "java..",
          "com.fasterxml.jackson..")
      .because("the findings must be recomputable from the drill's files alone, without the lab");

  @ArchTest
  static final ArchRule theLabKnowsNothingOfDrills = noClasses()
      .that().resideInAPackage("..harness.lab..")
      .should().dependOnClassesThat().resideInAnyPackage("..harness.drill..", "..harness.cli..")
      .because("drills and the CLI use the lab, not the other way round");

  @ArchTest
  static final ArchRule theDeploymentTargetKnowsNothingOfTheLab = noClasses()
      .that().resideInAPackage("..harness.aws..")
      .should().dependOnClassesThat().resideInAPackage("..harness.lab..")
      .because("drills run against a deployment without the lab; what both need lives beside them");

  @ArchTest
  static final ArchRule theRouterIsUsedThroughItsEntryPointsOnly = noClasses()
      .that().resideInAPackage("..harness..")
      .should().dependOnClassesThat().resideInAnyPackage("io.drkit.router.(*)..")
      .because("the harness serves the router as Lambda would, by its settings, factory and handler; a model type "
          + "both need belongs in core");

  @ArchTest
  static final ArchRule onlyTheCliKnowsPicocli = noClasses()
      .that().resideOutsideOfPackage("..harness.cli..")
      .should().dependOnClassesThat().resideInAnyPackage("picocli..");
}
