package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.rest.FieldErrors;
import io.chataccess.rest.ProblemException;
import io.chataccess.store.ChatAccessStore;
import org.keycloak.models.RealmModel;

/** Turns a JSON document for a realm into a checked {@link ChatAccessDocument}, or all errors. */
public final class DocumentParsing {

  /** Large enough for the generated benchmark realm (20,000 assignments), small enough to parse. */
  public static final int MAX_DOCUMENT_CHARS = 20_000_000;

  private DocumentParsing() {}

  /**
   * @throws ProblemException a 400 listing every error found without the realm's users and groups
   */
  public static ChatAccessDocument parse(JsonNode json, RealmModel realm, ChatAccessStore store) {
    String realmName = DocumentReader.realmName(json);
    if (realmName != null && !realmName.equals(realm.getName())) {
      throw ProblemException.invalid(
          "$.realm", "the document is for realm " + realmName + ", not " + realm.getName());
    }
    FieldErrors errors = new FieldErrors();
    ChatAccessDocument document =
        new DocumentReader(errors, store.permissions().list(realm.getId())).read(json);
    errors.throwIfAny();
    return document;
  }
}
