package io.champa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine plugin must run in a plain Camunda distribution, where there is no Spring. */
@AnalyzeClasses(packages = "io.champa", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

  @ArchTest
  static final ArchRule pluginNeverImportsSpring = noClasses().should()
      .dependOnClassesThat().resideInAnyPackage("org.springframework..")
      .because("champa-plugin is registered from bpm-platform.xml in distributions without Spring");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.champa.(*)..").should().beFreeOfCycles();
}
