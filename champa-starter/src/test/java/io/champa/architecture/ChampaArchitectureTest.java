package io.champa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.champa.web.ChampaApi;

/**
 * The package rules of ARCHITECTURE.md over all three library modules (this module's test class
 * path holds them all): package by feature, controllers in {@code <feature>.web}, no cycles, and
 * only the auto-configuration knows how things are wired.
 */
@AnalyzeClasses(packages = "io.champa", importOptions = ImportOption.DoNotIncludeTests.class)
class ChampaArchitectureTest {

  private static final Pattern FEATURE_WEB = Pattern.compile("io\\.champa\\.(\\w+)\\.web(\\..*)?");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles = slices().matching("io.champa.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule controllersLiveInTheirFeaturesWebPackage = classes().that().areAnnotatedWith(ChampaApi.class)
      .should().resideInAPackage("io.champa.*.web");

  @ArchTest
  static final ArchRule nobodyReachesIntoAnotherFeaturesControllers = classes()
      .that().resideOutsideOfPackages("io.champa.autoconfigure..")
      .should(new ArchCondition<JavaClass>("not depend on another feature's web package") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            String target = dependency.getTargetClass().getPackageName();
            Matcher web = FEATURE_WEB.matcher(target);
            if (web.matches() && !origin.getPackageName().startsWith("io.champa." + web.group(1))) {
              events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
          }
        }
      });

  @ArchTest
  static final ArchRule onlyTheStarterKnowsTheStarter = noClasses().that().resideOutsideOfPackage("io.champa.autoconfigure..")
      .should().dependOnClassesThat().resideInAPackage("io.champa.autoconfigure..");

  @ArchTest
  static final ArchRule engineSideNeverImportsSpring = noClasses().that().resideInAnyPackage("io.champa.plugin..", "io.champa.query..")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

  @ArchTest
  static final ArchRule noTopLevelLayerPackages = noClasses().should()
      .resideInAnyPackage("io.champa.controller..", "io.champa.service..", "io.champa.repository..");
}
