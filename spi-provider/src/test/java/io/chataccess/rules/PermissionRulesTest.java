package io.chataccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A custom permission's prerequisite")
class PermissionRulesTest {

  private static Permission custom(String key, String requires) {
    return new Permission(key, PermissionKind.SCOPED, "", false, requires);
  }

  private static List<String> faults(Permission permission, Permission... others) {
    List<Permission> all = new java.util.ArrayList<>(List.of(others));
    all.add(permission);
    FieldErrors errors = new FieldErrors();
    PermissionRules.prerequisite(permission, PermissionCatalog.withCustom(all), "requires", errors);
    return errors.list().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void may_name_a_built_in_or_custom_permission_or_none() {
    assertThat(faults(custom("crm.export", null))).isEmpty();
    assertThat(faults(custom("crm.export", "transcript.view"))).isEmpty();
    assertThat(faults(custom("crm.export", "crm.read"), custom("crm.read", null))).isEmpty();
  }

  @Test
  void must_name_a_permission_of_the_catalog() {
    assertThat(faults(custom("crm.export", "crm.nothing")))
        .containsExactly("requires: a permission of the catalog");
  }

  @Test
  void must_not_lead_back_to_itself() {
    assertThat(faults(custom("crm.export", "crm.export")))
        .containsExactly("requires: a permission cannot require itself");
    assertThat(
            faults(
                custom("crm.export", "crm.read"),
                custom("crm.read", "crm.write"),
                custom("crm.write", "crm.export")))
        .singleElement()
        .asString()
        .contains("a cycle");
  }
}
