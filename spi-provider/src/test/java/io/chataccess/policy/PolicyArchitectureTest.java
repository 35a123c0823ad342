package io.chataccess.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The policy library is pure: it depends on the JDK and on itself, nothing else. */
class PolicyArchitectureTest {

  private static final JavaClasses POLICY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.chataccess.policy");

  @Test
  @DisplayName("policy classes depend only on java.. and io.chataccess.policy..")
  void onlyJdkAndItself() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("io.chataccess.policy..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.chataccess.policy..");
    rule.check(POLICY);
  }
}
