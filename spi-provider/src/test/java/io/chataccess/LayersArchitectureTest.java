package io.chataccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md (DESIGN section 4, with the rules and domain packages): which
 * package may use which, checked as a layered architecture, and the table held against the code in
 * both directions, so it records every edge the code needs and no more.
 */
@DisplayName("Architecture: the package table of docs/architecture.md")
class LayersArchitectureTest {

  /** package -> the packages of ours it may use; the same table as docs/architecture.md. */
  static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

  static {
    MAY_USE.put("policy", Set.of());
    MAY_USE.put("rules", Set.of("policy"));
    MAY_USE.put("store", Set.of("policy"));
    MAY_USE.put("store.jpa", Set.of("store", "policy"));
    MAY_USE.put("cache", Set.of("store", "policy"));
    MAY_USE.put("domain", Set.of("store", "policy", "rules"));
    MAY_USE.put("rest", Set.of("rules"));
    MAY_USE.put("token", Set.of("cache", "policy"));
    MAY_USE.put("authzen", Set.of("cache", "policy", "rest", "rules"));
    MAY_USE.put("api", Set.of("authzen", "cache", "policy", "rest", "rules", "store"));
    MAY_USE.put("config", Set.of("domain", "store", "policy", "rules"));
    MAY_USE.put("admin", Set.of("config", "domain", "cache", "store", "policy", "rest", "rules"));
    MAY_USE.put("login", Set.of("domain", "cache", "store", "policy"));
    MAY_USE.put("lifecycle", Set.of("domain", "store", "policy"));
    MAY_USE.put("delivery", Set.of("store", "rules"));
  }

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chataccess");
  }

  static String packageOf(JavaClass type) {
    String name = type.getPackageName();
    return name.startsWith("io.chataccess.") ? name.substring("io.chataccess.".length()) : name;
  }

  @Test
  @DisplayName("every package uses only the packages the table allows")
  void layers() {
    layered(MAY_USE).check(classes);
  }

  static LayeredArchitecture layered(Map<String, Set<String>> table) {
    LayeredArchitecture layers =
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String name : table.keySet()) {
      layers = layers.layer(name).definedBy("io.chataccess." + name);
    }
    for (String used : table.keySet()) {
      String[] users =
          table.entrySet().stream()
              .filter(e -> e.getValue().contains(used))
              .map(Map.Entry::getKey)
              .toArray(String[]::new);
      layers =
          users.length == 0
              ? layers.whereLayer(used).mayNotBeAccessedByAnyLayer()
              : layers.whereLayer(used).mayOnlyBeAccessedByLayers(users);
    }
    return layers;
  }

  @Test
  @DisplayName("the table names every edge the code has, and no edge the code does not need")
  void table_matches_the_code() {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (JavaClass type : classes) {
      String from = packageOf(type);
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String to = packageOf(dependency.getTargetClass());
        if (!to.equals(from) && MAY_USE.containsKey(to)) {
          actual.computeIfAbsent(from, p -> new TreeSet<>()).add(to);
        }
      }
    }
    Map<String, Set<String>> table = new TreeMap<>();
    MAY_USE.forEach((from, to) -> table.put(from, new TreeSet<>(to)));
    table.values().removeIf(Set::isEmpty);

    assertThat(actual).isEqualTo(table);
  }

  @Test
  @DisplayName("no cycles between packages")
  void no_cycles() {
    slices().matching("io.chataccess.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("the rules and the document know nothing of HTTP")
  void no_http_below_the_rest_edge() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.chataccess.rules..",
            "io.chataccess.config..",
            "io.chataccess.domain..",
            "io.chataccess.store..",
            "io.chataccess.policy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "org.keycloak.services.resources..")
        .check(classes);
  }

  @Test
  @DisplayName("the rules depend on the JDK, the policy values and Jackson only")
  void rules_are_plain() {
    classes()
        .that()
        .resideInAPackage("io.chataccess.rules..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "io.chataccess.policy..", "io.chataccess.rules..", "com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  @DisplayName("only the domain operations write nodes, assignments and seats, or take the lock")
  void writes_go_through_the_domain() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "io.chataccess.domain..", "io.chataccess.store..", "io.chataccess.cache..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a write of the node, assignment or seat store, or the realm's write lock",
                call ->
                    WRITES.contains(
                        call.getTarget().getOwner().getSimpleName() + "." + call.getName())))
        .check(classes);
  }

  /**
   * The store writes that only {@code domain} may call ({@code cache} wraps the store to invalidate
   * on commit and passes them on). Lifecycle cleanup removes a deleted user's or group's items with
   * the store's own bulk deletes, inside a write unit.
   */
  static final Set<String> WRITES =
      Set.of(
          "InboxNodeStore.create",
          "InboxNodeStore.update",
          "InboxNodeStore.delete",
          "AssignmentStore.create",
          "AssignmentStore.createAll",
          "AssignmentStore.update",
          "AssignmentStore.delete",
          "AssignmentStore.deleteAll",
          "AssignmentStore.detachNodes",
          "LicenseStore.addHolder",
          "LicenseStore.removeHolder",
          "ChatRoleStore.saveVersion",
          "KeptVersionStore.keep",
          "KeptVersionStore.releaseRole",
          "ChatSettingsStore.lockAndBumpRevision");

  @Test
  void no_class_of_ours_lives_in_keycloaks_packages() {
    assertThat(Path.of("target/classes/org")).as("classes compiled into org.*").doesNotExist();
    assertThat(Path.of("target/classes/io/chataccess/policy")).isDirectory();
  }
}
