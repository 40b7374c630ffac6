package org.policynarrative.testing.archrules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.policynarrative.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;
import org.policynarrative.testing.archrules.samples.alpha.AlphaService;
import org.policynarrative.testing.archrules.samples.beta.BetaThing;
import org.policynarrative.testing.archrules.samples.beta.internal.BetaInternals;
import org.policynarrative.testing.archrules.samples.gamma.Clean;
import org.policynarrative.testing.archrules.samples.gamma.internal.GammaInternals;

/** Each shared rule fails on a sample that breaks it and passes on a clean one. */
class ArchitectureRulesTest {

  private static final String SAMPLES = "org.policynarrative.testing.archrules.samples";
  private static final String ALPHA = SAMPLES + ".alpha";
  private static final String BETA = SAMPLES + ".beta";
  private static final String GAMMA = SAMPLES + ".gamma";

  private static final JavaClasses BAD = new ClassFileImporter().importClasses(
      AlphaService.class, sample(ALPHA + ".ImmutableAlpha"), BetaThing.class, BetaInternals.class);
  private static final JavaClasses CLEAN = new ClassFileImporter().importClasses(Clean.class, GammaInternals.class);

  @Test
  void dependingOnALibraryThatIsNotAllowedFails() {
    assertThatThrownBy(() -> ArchitectureRules.onlyDependOn(ALPHA, BETA + "..").check(BAD))
        .isInstanceOf(AssertionError.class).hasMessageContaining("org.opentest4j");
    assertThatCode(() -> ArchitectureRules.onlyDependOn(GAMMA).check(CLEAN)).doesNotThrowAnyException();
  }

  @Test
  void aPackageCycleFails() {
    assertThatThrownBy(() -> ArchitectureRules.noPackageCycles().check(BAD))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    assertThatCode(() -> ArchitectureRules.noPackageCycles().check(CLEAN)).doesNotThrowAnyException();
  }

  @Test
  void adaptersThatKnowEachOtherFail() {
    assertThatThrownBy(() -> ArchitectureRules.independent(List.of(ALPHA, BETA)).check(BAD))
        .isInstanceOf(AssertionError.class).hasMessageContaining(BetaThing.class.getName());
    assertThatCode(() -> ArchitectureRules.independent(List.of(GAMMA, ALPHA)).check(CLEAN))
        .doesNotThrowAnyException();
  }

  @Test
  void usingAnotherModulesInternalsFails() {
    assertThatThrownBy(() -> ArchitectureRules.noAccessToOtherModulesInternals(ALPHA).check(BAD))
        .isInstanceOf(AssertionError.class).hasMessageContaining(BetaInternals.class.getName());
    // Its own internals are fine.
    assertThatCode(() -> ArchitectureRules.noAccessToOtherModulesInternals(GAMMA).check(CLEAN))
        .doesNotThrowAnyException();
  }

  @Test
  void aHiddenTypeInAPublicSignatureFails() {
    assertThatThrownBy(() -> ArchitectureRules.noHiddenTypesInPublicSignatures().check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(AlphaService.class.getName() + ".alpha()")
        .hasMessageContaining("ImmutableAlpha");
    assertThatCode(() -> ArchitectureRules.noHiddenTypesInPublicSignatures().check(CLEAN))
        .doesNotThrowAnyException();
  }

  @Test
  void theMainClassesOnlyOptionLeavesOutTestClassesAndTestJars() {
    ArchitectureRules.MainClassesOnly option = new ArchitectureRules.MainClassesOnly();
    assertThatCode(() -> {
      if (option.includes(com.tngtech.archunit.core.importer.Location.of(
          java.nio.file.Path.of("/repo/core/target/test-classes/org/x/A.class")))) {
        throw new AssertionError("test-classes included");
      }
      if (option.includes(com.tngtech.archunit.core.importer.Location.of(
          java.net.URI.create("jar:file:/m2/policy-narrative-core-0.1.0-SNAPSHOT-tests.jar!/org/x/A.class")))) {
        throw new AssertionError("test-jar included");
      }
      if (!option.includes(com.tngtech.archunit.core.importer.Location.of(
          java.nio.file.Path.of("/repo/core/target/classes/org/x/A.class")))) {
        throw new AssertionError("main classes left out");
      }
    }).doesNotThrowAnyException();
  }

  private static Class<?> sample(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
