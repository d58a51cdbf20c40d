package io.drkit.activities;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = {"io.drkit.activities", "DR"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule stepsDoNotKnowTheyRunOnLambda = noClasses()
      .that().resideOutsideOfPackage("..activities.lambda..")
      .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws.services.lambda..")
      .because("a step is plain code; the Lambda handlers are its thin adapters");

  @ArchTest
  static final ArchRule onlyAdaptersCallAws = noClasses()
      .that().resideOutsideOfPackage("..internal..")
      .should().dependOnClassesThat().haveNameMatching("software\\.amazon\\.awssdk\\.services\\..*Client")
      .because("a step talks to its ports; the AWS adapters in internal packages talk to AWS");

  @ArchTest
  static final ArchRule featuresDoNotReachIntoEachOthersAdapters = slices()
      .matching("io.drkit.activities.(*).internal..").namingSlices("the adapters of $1")
      .should().notDependOnEachOther()
      .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("io.drkit.activities.support.internal.."))
      .because("only the wiring (activities.aws) assembles adapters of several features; all share the SDK clients");

  @ArchTest
  static final ArchRule stepsDependOnPortsNotAdapters = noClasses()
      .that().resideOutsideOfPackages("..internal..", "..activities.aws..", "..activities.lambda..")
      .should().dependOnClassesThat().resideInAnyPackage("..internal..", "..activities.aws..")
      .because("a step is tested on in-memory ports; only the wiring (aws) and the Lambda entry pick the adapters");

  @ArchTest
  static final ArchRule namedErrorsAreActivityExceptions = classes()
      .that().resideInAPackage("DR").and().areNotInterfaces().and().doNotHaveSimpleName("package-info")
      .should().beAssignableTo(ActivityException.class);

  @ArchTest
  static final ArchRule contractsAreRecords = classes()
      .that().haveSimpleNameEndingWith("Input").and().resideOutsideOfPackage("DR")
      .should().beRecords()
      .because("a step's input is an immutable value read by the one strict mapper");

  @ArchTest
  static final ArchRule oneLambdaHandlerForEveryStep = classes()
      .that().resideInAPackage("..activities.lambda..")
      .should().haveSimpleName("StepHandler").orShould().haveSimpleName("LambdaEnvironment")
      .because("each step's function runs the one handler, which runs the step its STEP variable names");
}
