package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.archrules.ArchitectureRules;

/** Core's architecture: what it may depend on, its package structure and its public surface. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = ArchitectureRules.importMainClassesOf(Narrative.class);
  }

  @Test
  void theMainClassesAreImportedAndNoTestClass() {
    Set<String> names = core.stream().map(JavaClass::getName).collect(Collectors.toSet());
    assertThat(names).contains("org.policynarrative.core.Narrative",
        "org.policynarrative.core.ImmutableNarrative", "org.policynarrative.core.spi.NarrativeFormats",
        "org.policynarrative.core.internal.Checks");
    assertThat(names).noneMatch(n -> n.endsWith("Test") || n.contains(".archrules."));
  }

  @Test
  void coreDependsOnlyOnTheJdkAndImmutablesAnnotations() {
    ArchitectureRules.coreDependsOnlyOnJdkAndImmutables().check(core);
  }

  @Test
  void packagesHaveNoCycles() {
    ArchitectureRules.noPackageCycles().check(core);
  }

  @Test
  void coreUsesNoInternalPackageButItsOwn() {
    ArchitectureRules.noAccessToOtherModulesInternals(ArchitectureRules.CORE).check(core);
  }

  @Test
  void noGeneratedOrInternalTypeAppearsInAPublicSignature() {
    ArchitectureRules.noHiddenTypesInPublicSignatures().check(core);
  }

  @Test
  void theCompositeRulesOtherModulesUseHoldForCoreToo() {
    ArchitectureRules.moduleRules(ArchitectureRules.CORE, "org.immutables.value..").check(core);
  }

  @Test
  void generatedImplementationsArePackagePrivate() {
    assertThat(core.stream().filter(c -> c.getSimpleName().startsWith("Immutable")))
        .isNotEmpty()
        .allMatch(c -> !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC));
  }

  @Test
  void theModuleExportsOnlyItsApiPackagesAndUsesTheFormatService() {
    Module module = Narrative.class.getModule();
    if (!module.isNamed()) {
      return; // on the class path there is no module to check; the build runs tests on the module path
    }
    assertThat(module.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.policynarrative.core", "org.policynarrative.core.spi");
    assertThat(module.getDescriptor().exports()).allMatch(e -> !e.isQualified());
    assertThat(module.getDescriptor().uses()).containsExactly("org.policynarrative.core.spi.NarrativeFormat");
  }

  @Test
  void publicMethodsOfApiTypesNeverReturnOrTakeGeneratedTypes() {
    // The same property as the ArchUnit rule, by reflection, so it does not hinge on one library.
    for (JavaClass type : core) {
      Class<?> reflected = type.reflect();
      if (!isReachable(reflected) || type.getPackageName().contains("internal")) {
        continue;
      }
      for (Method method : reflected.getMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
          continue;
        }
        assertThat(method.getGenericReturnType().getTypeName()).as(method.toString()).doesNotContain("Immutable");
        for (java.lang.reflect.Type parameter : method.getGenericParameterTypes()) {
          assertThat(parameter.getTypeName()).as(method.toString()).doesNotContain("Immutable");
        }
      }
    }
  }

  /** Public, and nested only in public types: a user can name it. */
  private static boolean isReachable(Class<?> type) {
    return Modifier.isPublic(type.getModifiers())
        && (type.getEnclosingClass() == null || isReachable(type.getEnclosingClass()));
  }
}
