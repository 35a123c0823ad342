package io.chataccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An answer leaks a stack trace when its body shows frames or exception classes")
class RequestStreamTest {

  @Test
  @DisplayName("stack frames, Caused by and qualified exception class names are leaks")
  void stack_traces_are_leaks() {
    assertThat(
            RequestStream.leaksStack(
                "java.lang.IllegalStateException: boom\n\tat org.example.Store.save(Store.java:42)"))
        .isTrue();
    assertThat(RequestStream.leaksStack("Caused by: connection refused")).isTrue();
    assertThat(
            RequestStream.leaksStack(
                "{\"error\":\"org.hibernate.exception.JDBCConnectionException: no connection\"}"))
        .isTrue();
  }

  @Test
  @DisplayName("Keycloak's and our own error documents are not leaks")
  void error_documents_are_not_leaks() {
    assertThat(
            RequestStream.leaksStack(
                "{\"error\":\"unknown_error\",\"error_description\":\"For more on this error"
                    + " consult the server log.\"}"))
        .isFalse();
    assertThat(
            RequestStream.leaksStack(
                "{\"type\":\"https://chat-access.io/problems/transaction-timeout\",\"title\":"
                    + "\"Service Unavailable\",\"status\":503,\"detail\":\"Nothing was changed;"
                    + " try again at a quieter time.\"}"))
        .isFalse();
    assertThat(RequestStream.leaksStack("<html><body>We are sorry...</body></html>")).isFalse();
    assertThat(RequestStream.leaksStack("")).isFalse();
  }
}
