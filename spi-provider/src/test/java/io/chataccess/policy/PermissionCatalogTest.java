package io.chataccess.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PermissionCatalogTest {

  @Test
  @DisplayName("the built-in catalog holds the permissions of the design, with their kinds")
  void builtIns() {
    PermissionCatalog catalog = PermissionCatalog.builtIn();
    assertThat(catalog.permissions())
        .extracting(Permission::key)
        .containsExactly(
            "chat.handle",
            "conversation.view",
            "conversation.edit",
            "conversation.delete",
            "conversation.join",
            "conversation.transfer",
            "conversation.rate",
            "transcript.view",
            "statistics.view",
            "channel.view",
            "channel.configure",
            "channel.connect",
            "canned.use",
            "canned.manage",
            "presence.use",
            "bots.manage",
            "access.manage",
            "settings.edit");
    assertThat(catalog.permissions()).allMatch(Permission::builtIn);
    assertThat(catalog.find("chat.handle")).map(Permission::kind).contains(PermissionKind.SCOPED);
    assertThat(catalog.find("settings.edit"))
        .map(Permission::kind)
        .contains(PermissionKind.BOOLEAN);
    assertThat(PermissionCatalog.isBuiltIn("canned.use")).isTrue();
    assertThat(PermissionCatalog.isBuiltIn("crm.export")).isFalse();
  }

  @Test
  @DisplayName("custom permissions are added after the built-ins and marked as custom")
  void custom() {
    PermissionCatalog catalog =
        PermissionCatalog.withCustom(
            List.of(new Permission("crm.export", PermissionKind.BOOLEAN, "Export", true)));
    assertThat(catalog.contains("crm.export")).isTrue();
    assertThat(catalog.find("crm.export")).map(Permission::builtIn).contains(false);
    assertThat(catalog.permissions()).last().extracting(Permission::key).isEqualTo("crm.export");
    assertThat(PermissionCatalog.builtIn().contains("crm.export")).isFalse();
  }

  @Test
  @DisplayName("a custom permission may not reuse a built-in key")
  void clashWithBuiltIn() {
    assertThatThrownBy(
            () ->
                PermissionCatalog.withCustom(
                    List.of(new Permission("chat.handle", PermissionKind.BOOLEAN, "", false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chat.handle");
  }

  @Test
  @DisplayName("two custom permissions may not share a key")
  void clashBetweenCustom() {
    Permission p = new Permission("crm.export", PermissionKind.SCOPED, "", false);
    assertThatThrownBy(() -> PermissionCatalog.withCustom(List.of(p, p)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("scoped permissions allow every level, boolean ones only none and all")
  void kinds() {
    assertThat(PermissionKind.SCOPED.levels()).containsExactlyInAnyOrder(Level.values());
    assertThat(PermissionKind.BOOLEAN.allows(Level.OWN)).isFalse();
    assertThat(PermissionKind.BOOLEAN.allows(Level.ALL)).isTrue();
  }
}
