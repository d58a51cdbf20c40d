package io.drkit.router;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The router's shape: plain feature packages, the AWS SDK only in the internal adapters. */
@AnalyzeClasses(packages = "io.drkit.router", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featureCodeDoesNotTouchTheSdk = noClasses()
      .that().resideInAnyPackage("..router.items..", "..router.http..", "..router.health..",
          "..router.replication..", "..router.logging..")
      .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
      .because("routing and item rules are plain code over ports; the SDK lives in the internal adapters");

  @ArchTest
  static final ArchRule onlyTheFactoryReachesTheAdapters = classes()
      .that().resideInAPackage("..router.internal..")
      .should().onlyBeAccessed().byClassesThat()
      .resideInAnyPackage("..router.internal..", "io.drkit.router")
      .because("adapters are wired in one place, the factory");

  @ArchTest
  static final ArchRule featurePackagesDoNotReachUpToTheHandler = noClasses()
      .that().resideInAnyPackage("..router.items..", "..router.http..", "..router.health..",
          "..router.replication..", "..router.logging..")
      .should().dependOnClassesThat().haveSimpleNameStartingWith("TrafficRouter")
      .because("the handler and the router compose the features, not the other way round");

  @ArchTest
  static final ArchRule lambdaTypesStayAtTheEdge = noClasses()
      .that().resideOutsideOfPackages("io.drkit.router", "..router.http..")
      .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws.services.lambda..")
      .because("only the handler and the ALB event conversion know they run on Lambda");
}
