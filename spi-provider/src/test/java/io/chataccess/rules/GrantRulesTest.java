package io.chataccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.policy.PermissionCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An assignment's extra grants")
class GrantRulesTest {

  private static List<String> faults(Map<String, String> grants) {
    FieldErrors errors = new FieldErrors();
    GrantRules.validateExtra(grants, PermissionCatalog.builtIn(), "grants", errors);
    return errors.list().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void grant_something_above_none() {
    assertThat(faults(Map.of("statistics.view", "own", "canned.use", "none"))).isEmpty();
  }

  @Test
  void of_only_none_grant_nothing_and_are_refused() {
    assertThat(faults(Map.of("statistics.view", "none", "canned.use", "none")))
        .containsExactly("grants: must grant something above none");
    assertThat(faults(Map.of())).containsExactly("grants: must grant something above none");
  }

  @Test
  void with_a_faulty_entry_name_only_that_entry() {
    assertThat(faults(Map.of("statistics.view", "most")))
        .containsExactly("grants.statistics.view: level must be none, own, department or all");
  }
}
