package io.drkit.activities;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
  static final ArchRule namedErrorsAreActivityExceptions = classes()
      .that().resideInAPackage("DR").and().areNotInterfaces().and().doNotHaveSimpleName("package-info")
      .should().beAssignableTo(ActivityException.class);

  @ArchTest
  static final ArchRule handlersOnlyDelegate = classes()
      .that().resideInAPackage("..activities.lambda..").and().haveSimpleNameEndingWith("Handler")
      .and().doNotHaveSimpleName("ActivityHandler")
      .should().beAssignableTo(io.drkit.activities.lambda.ActivityHandler.class);
}
