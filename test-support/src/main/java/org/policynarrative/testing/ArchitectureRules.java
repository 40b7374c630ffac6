package org.policynarrative.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture rules of policy-narrative, shared through core's test-jar so that every module
 * checks the same rules against its own classes.
 *
 * <p>Usage in a module's test (io-json shown):
 * <pre>{@code
 * JavaClasses classes = ArchitectureRules.importMainClassesOf(JsonFormat.class, Narrative.class);
 * ArchitectureRules.moduleRules("org.policynarrative.json", "tools.jackson..").check(classes);
 * }</pre>
 *
 * <p>Import the main classes of the module under test together with core's, so that the rules see
 * both sides of every dependency; {@link #importMainClassesOf} works on the class path and the
 * module path alike and never imports test classes.
 */
public final class ArchitectureRules {

  /** The root package of the whole project. */
  public static final String PROJECT = "org.policynarrative";

  /** The root package of core (API, SPI and internals). */
  public static final String CORE = PROJECT + ".core";

  /** The root packages of the format adapters, which must not know about each other. */
  public static final List<String> ADAPTERS = List.of(PROJECT + ".json", PROJECT + ".markdown", PROJECT + ".html");

  private ArchitectureRules() {}

  /**
   * The main classes of the modules that contain the given classes: each class's code source (a
   * {@code target/classes} folder or a jar) is imported whole. Test classes and test-jars are left out.
   */
  public static JavaClasses importMainClassesOf(Class<?>... anchors) {
    Set<Location> locations = new LinkedHashSet<>();
    for (Class<?> anchor : anchors) {
      try {
        Path path = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        // A module built earlier in the reactor comes as a jar, which ArchUnit imports only by a jar: URI.
        locations.add(Files.isRegularFile(path)
            ? Location.of(URI.create("jar:" + path.toUri() + "!/"))
            : Location.of(path));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("cannot locate the classes of " + anchor.getName(), e);
      }
    }
    return new ClassFileImporter().withImportOption(new MainClassesOnly()).importLocations(locations);
  }

  /**
   * Leaves out test classes: Maven's {@code test-classes} folders and {@code -tests.jar} test-jars.
   * Usable with {@code @AnalyzeClasses(importOptions = ArchitectureRules.MainClassesOnly.class)}.
   */
  public static final class MainClassesOnly implements ImportOption {
    private static final ImportOption NOT_TESTS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
      return NOT_TESTS.includes(location) && !location.contains("-tests.jar");
    }
  }

  /**
   * Core depends on nothing but the JDK and (for the annotations the compiler reads) Immutables.
   */
  public static ArchRule coreDependsOnlyOnJdkAndImmutables() {
    return onlyDependOn(CORE, "org.immutables.value..");
  }

  /**
   * Classes in {@code rootPackage} depend only on the JDK ({@code java..}), core's API (the model, the
   * SPI, the diff and the spelling hint), their own packages and the given other packages (ArchUnit package patterns such
   * as {@code tools.jackson..}).
   */
  public static ArchRule onlyDependOn(String rootPackage, String... allowedPackages) {
    List<String> allowed = new ArrayList<>(List.of("java..", rootPackage + ".."));
    if (!rootPackage.equals(CORE)) {
      allowed.add(CORE);
      allowed.add(CORE + ".spi..");
      allowed.add(CORE + ".diff..");
      allowed.add(CORE + ".spelling..");
    }
    allowed.addAll(Arrays.asList(allowedPackages));
    return classes().that().resideInAPackage(rootPackage + "..")
        .should().onlyDependOnClassesThat(resideInAnyPackage(allowed.toArray(String[]::new))
            .or(primitiveOrArrayOfAllowed(allowed)))
        .because("a module depends only on the JDK, core's API and the libraries it declares");
  }

  private static DescribedPredicate<JavaClass> primitiveOrArrayOfAllowed(List<String> allowed) {
    return DescribedPredicate.describe("primitive types or arrays of allowed types", c ->
        c.isPrimitive() || (c.isArray() && (c.getBaseComponentType().isPrimitive()
            || resideInAnyPackage(allowed.toArray(String[]::new)).test(c.getBaseComponentType()))));
  }

  /** No two packages of the project depend on each other, directly or through others. */
  public static ArchRule noPackageCycles() {
    return slices().matching(PROJECT + ".(**)").should().beFreeOfCycles()
        .because("packages form layers, not knots");
  }

  /** The format adapters do not depend on each other: JSON knows nothing of Markdown and the reverse. */
  public static ArchRule adaptersDoNotDependOnEachOther() {
    return independent(ADAPTERS);
  }

  /** None of the given root packages depends on another of them. */
  public static ArchRule independent(List<String> rootPackages) {
    List<ArchRule> rules = new ArrayList<>();
    for (String from : rootPackages) {
      for (String to : rootPackages) {
        if (!from.equals(to)) {
          rules.add(noClasses().that().resideInAPackage(from + "..")
              .should().dependOnClassesThat().resideInAPackage(to + "..")
              .because(from + " and " + to + " are independent adapters; share code through core only")
              // A module's tests import only that module's side: the reverse rule finds no class.
              .allowEmptyShould(true));
        }
      }
    }
    return CompositeArchRule.of(rules);
  }

  /**
   * Classes of the module rooted at {@code ownRootPackage} use no {@code internal} package but
   * their own: another module's internals are not API, whatever the class path allows.
   */
  public static ArchRule noAccessToOtherModulesInternals(String ownRootPackage) {
    return noClasses().that().resideInAPackage(ownRootPackage + "..")
        .should().dependOnClassesThat(resideInAPackage(PROJECT + "..internal..")
            .and(not(resideInAPackage(ownRootPackage + ".internal.."))))
        .because("internal packages are not exported; use the other module's API");
  }

  /**
   * No generated {@code Immutable*} type, non-public type or {@code internal} type appears in a
   * public signature (return, parameter, exception or field type, including type arguments) of a
   * public class outside the internal packages.
   */
  public static ArchRule noHiddenTypesInPublicSignatures() {
    DescribedPredicate<JavaCodeUnit> publicApi = DescribedPredicate.describe(
        "public members of public API classes", m -> m.getModifiers().contains(JavaModifier.PUBLIC)
            && isPublicApi(m.getOwner()) && !m.getModifiers().contains(JavaModifier.SYNTHETIC));
    ArchRule methods = codeUnits().that(publicApi)
        .should(new ArchCondition<JavaCodeUnit>("expose only public API types") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            Stream<JavaType> types = Stream.concat(Stream.of(unit.getReturnType()),
                Stream.concat(unit.getParameterTypes().stream(), unit.getExceptionTypes().stream()));
            report(unit.getFullName(), types, events, unit);
          }
        });
    ArchRule publicFields = fields().that(DescribedPredicate.describe("public fields of public API classes",
            (JavaField f) -> f.getModifiers().contains(JavaModifier.PUBLIC) && isPublicApi(f.getOwner())))
        .should(new ArchCondition<JavaField>("expose only public API types") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            report(field.getFullName(), Stream.of(field.getType()), events, field);
          }
        });
    return CompositeArchRule.of(methods).and(publicFields).allowEmptyShould(true);
  }

  private static void report(String member, Stream<JavaType> types, ConditionEvents events, Object item) {
    List<String> hidden = types.flatMap(t -> t.getAllInvolvedRawTypes().stream())
        .filter(ArchitectureRules::isHidden).map(JavaClass::getName).distinct().collect(Collectors.toList());
    boolean ok = hidden.isEmpty();
    events.add(new SimpleConditionEvent(item, ok,
        member + (ok ? " exposes only API types" : " exposes " + String.join(", ", hidden))));
  }

  private static boolean isPublicApi(JavaClass owner) {
    return owner.getModifiers().contains(JavaModifier.PUBLIC) && owner.getPackageName().startsWith(PROJECT)
        && !owner.getPackageName().contains(".internal")
        && (owner.getEnclosingClass().isEmpty() || isPublicApi(owner.getEnclosingClass().get()));
  }

  private static boolean isHidden(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    if (!base.getPackageName().startsWith(PROJECT)) {
      return false;
    }
    return base.getSimpleName().startsWith("Immutable") || base.getPackageName().contains(".internal")
        || !base.getModifiers().contains(JavaModifier.PUBLIC);
  }

  /**
   * Every rule a module other than core must keep: only the JDK, core's API and the declared
   * libraries; no other module's internals; adapters independent; no package cycles; nothing hidden
   * in public signatures.
   *
   * @param ownRootPackage the module's root package, such as {@code org.policynarrative.json}
   * @param libraryPackages the packages of the libraries the module may use, such as {@code tools.jackson..}
   */
  public static ArchRule moduleRules(String ownRootPackage, String... libraryPackages) {
    return CompositeArchRule.of(onlyDependOn(ownRootPackage, libraryPackages))
        .and(noAccessToOtherModulesInternals(ownRootPackage))
        .and(adaptersDoNotDependOnEachOther())
        .and(noPackageCycles())
        .and(noHiddenTypesInPublicSignatures());
  }
}
