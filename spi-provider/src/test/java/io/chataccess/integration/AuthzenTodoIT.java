package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenID AuthZEN working group's Todo interop cases (../shared/authzen, 40 evaluations and 3
 * batches) against the realm example {@code authzen-todo} on the real server, compared as the
 * group's runner compares them: the answer's {@code decision} (a missing one counts as false), or
 * its {@code evaluations} array, by JSON equality with the expected value.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("AuthZEN: the working group's Todo interop cases, 43 of 43")
class AuthzenTodoIT {

  private static final Path VECTORS =
      Path.of(
          "src", "test", "resources", "authzen", "todo-decisions-authorization-api-1_0-02.json");

  private AuthzenExample todo;

  @BeforeAll
  void importTheExample(KeycloakHttp http) {
    todo = AuthzenExample.load(http, "authzen-todo", "todo-pep", "todo-pep-secret");
  }

  @AfterAll
  void removeTheRealm() {
    todo.close();
  }

  @Test
  void every_case_is_answered_as_expected() {
    JsonNode vectors = AuthzenExample.read(VECTORS);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (JsonNode c : vectors.get("evaluation")) {
      cases++;
      JsonResponse answer = todo.ask("evaluation", c.get("request"));
      JsonNode decision =
          answer.status() == 200 && answer.json().has("decision")
              ? answer.json().get("decision")
              : BooleanNode.FALSE;
      if (!decision.equals(c.get("expected"))) {
        failures.add(c.get("request") + " expected " + c.get("expected") + ", got " + answer);
      }
    }
    for (JsonNode c : vectors.get("evaluations")) {
      cases++;
      JsonResponse answer = todo.ask("evaluations", c.get("request"));
      JsonNode evaluations = answer.status() == 200 ? answer.json().get("evaluations") : null;
      if (evaluations == null || !evaluations.equals(c.get("expected"))) {
        failures.add(c.get("request") + " expected " + c.get("expected") + ", got " + answer);
      }
    }

    assertThat(cases).isEqualTo(43);
    assertThat(failures).as("%d of %d cases failed", failures.size(), cases).isEmpty();
  }
}
