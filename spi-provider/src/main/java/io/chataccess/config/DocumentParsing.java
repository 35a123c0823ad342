package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Rejected;
import io.chataccess.store.ChatAccessStore;
import org.keycloak.models.KeycloakSession;
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

  /**
   * The declarative document a merge import of {@code json} stands for: the realm as stored, with
   * the given document laid over it (docs/document.md, "Merge import"). Call it under the realm's
   * write lock, so that what the merge keeps is what is stored at the import's commit.
   *
   * @throws Rejected a 400 listing every error, each with its path in the given document
   */
  public static ChatAccessDocument parseMerge(
      JsonNode json, KeycloakSession session, RealmModel realm, ChatAccessStore store) {
    ChatAccessDocument stored = new DocumentExporter(session, store, realm).export();
    DocumentMerge.Merged merged =
        DocumentMerge.of(DocumentJson.write(realm.getName(), stored), json);
    ChatAccessDocument document;
    try {
      document = parse(merged.json(), realm, store);
    } catch (Rejected rejected) {
      throw merged.givenPaths(rejected);
    }
    return new MergedItems(store, realm.getId(), stored)
        .settle(document, merged.givenAssignments());
  }
}
