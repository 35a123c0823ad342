package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Rejected;
import io.chataccess.store.ChatAccessStore;
import org.keycloak.models.RealmModel;

/** Turns a JSON document for a realm into a checked {@link ChatAccessDocument}, or all errors. */
public final class DocumentParsing {

  private DocumentParsing() {}

  /**
   * @throws Rejected a 400 listing every error found without the realm's users and groups
   */
  public static ChatAccessDocument parse(JsonNode json, RealmModel realm, ChatAccessStore store) {
    String realmName = DocumentReader.realmName(json);
    if (realmName != null && !realmName.equals(realm.getName())) {
      throw Rejected.invalid(
          "$.realm", "the document is for realm " + realmName + ", not " + realm.getName());
    }
    FieldErrors errors = new FieldErrors();
    ChatAccessDocument document =
        new DocumentReader(errors, store.permissions().list(realm.getId())).read(json);
    errors.throwIfAny();
    return document;
  }
}
