package io.chataccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN section 4: dependencies point inward only. */
class LayersArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chataccess");
  }

  @Test
  void the_store_interfaces_know_neither_their_implementation_nor_their_users() {
    noClasses()
        .that()
        .resideInAPackage("io.chataccess.store")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.chataccess.store.jpa..",
            "io.chataccess.admin..",
            "io.chataccess.cache..",
            "io.chataccess.lifecycle..")
        .check(classes);
  }

  @Test
  void the_jpa_store_is_reached_only_through_the_store_spi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.chataccess.store.jpa..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.chataccess.store.jpa..")
        .check(classes);
  }

  @Test
  void nothing_below_the_rest_api_depends_on_it() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.chataccess.admin..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.chataccess.admin..")
        .check(classes);
  }

  @Test
  void no_class_of_ours_lives_in_keycloaks_packages() {
    assertThat(Path.of("target/classes/org")).as("classes compiled into org.*").doesNotExist();
    assertThat(Path.of("target/classes/io/chataccess/policy")).isDirectory();
  }
}
