package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;

/**
 * Core's architecture: what it may depend on, its package structure and its public surface. It lives
 * here, beside the shared rules, because core cannot depend on this module; the module descriptor
 * is checked in core itself ({@code ModuleDescriptorTest}).
 */
class CoreArchitectureTest {

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
    assertThat(names).noneMatch(n -> n.endsWith("Test") || n.contains(".testing."));
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
        .allMatch(c -> !c.getModifiers().contains(JavaModifier.PUBLIC));
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
        for (Type parameter : method.getGenericParameterTypes()) {
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
