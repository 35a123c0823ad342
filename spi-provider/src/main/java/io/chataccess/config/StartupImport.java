package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.StartupImportSpi.StartupImportProvider;
import io.chataccess.config.StartupImportSpi.StartupImportProviderFactory;
import io.chataccess.domain.WriteUnit;
import io.chataccess.rules.FieldError;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Rejected;
import io.chataccess.rules.StrictJson;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.DefaultChatRoles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * Applies every {@code <realm>.chat-access.json} of the configured folder once the server has
 * started (after Keycloak's own {@code --import-realm}), each file in a transaction of its own: a
 * broken file is logged with all its errors and skipped, and stops nothing else. In mode {@code
 * once}, a realm counts as set up when its chat data changed since its default roles were seeded;
 * the check is made under the realm's write lock, so two nodes starting at once apply a file once.
 */
public final class StartupImport
    implements StartupImportProviderFactory, ServerInfoAwareProviderFactory {

  static final String SUFFIX = ".chat-access.json";
  private static final Logger LOG = Logger.getLogger(StartupImport.class);

  /** When a file is applied. */
  enum Mode {
    /** Only to a realm whose chat data has not changed since its default roles were seeded. */
    ONCE,
    /** At every start: the document is the truth, changes made since are reverted. */
    ALWAYS
  }

  private Path dir;
  private Mode mode = Mode.ONCE;

  @Override
  public StartupImportProvider create(KeycloakSession session) {
    return () -> {};
  }

  @Override
  public void init(Config.Scope config) {
    String configured = config.get("dir");
    dir = configured == null || configured.isBlank() ? null : Path.of(configured);
    String modeText = config.get("mode", "once");
    try {
      mode = Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "spi-chat-access-import--default--mode must be once or always, was " + modeText);
    }
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    if (dir == null) {
      return;
    }
    factory.register(
        event -> {
          if (event instanceof PostMigrationEvent started) {
            importAll(started.getFactory());
          }
        });
  }

  private void importAll(KeycloakSessionFactory factory) {
    if (!Files.isDirectory(dir)) {
      LOG.errorf("Chat access import: %s is not a directory; nothing imported", dir);
      return;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      LOG.errorf(e, "Chat access import: cannot list %s", dir);
      return;
    }
    for (Path file : files) {
      importFile(factory, file);
    }
  }

  private void importFile(KeycloakSessionFactory factory, Path file) {
    String fileName = file.getFileName().toString();
    String realmName = fileName.substring(0, fileName.length() - SUFFIX.length());
    try {
      JsonNode json = read(file);
      KeycloakModelUtils.runJobInTransaction(
          factory, session -> importInto(session, realmName, json, fileName));
    } catch (Rejected rejected) {
      LOG.errorf(
          "Chat access import: %s was not applied: %s%s",
          fileName, rejected.getMessage(), errorList(rejected));
    } catch (RuntimeException | IOException e) {
      LOG.errorf(e, "Chat access import: %s was not applied", fileName);
    }
  }

  private void importInto(KeycloakSession session, String realmName, JsonNode json, String file) {
    RealmModel realm = session.realms().getRealmByName(realmName);
    if (realm == null) {
      LOG.errorf("Chat access import: %s names realm %s, which does not exist", file, realmName);
      return;
    }
    session.getContext().setRealm(realm);
    ChatAccessStore store = session.getProvider(ChatAccessStore.class);
    // usually seeded already (by the realm's creation); at the first start with the extension,
    // this may run before the seeding of existing realms
    DefaultChatRoles.ensureSeeded(session, realm);
    DocumentImporter importer = new DocumentImporter(session, store, realm);
    List<DocumentChange> changes =
        new WriteUnit(session, store, realm.getId())
            .run(
                () -> {
                  // read under the lock, which bumped it: two nodes starting at once apply it once
                  long before = store.settings().get(realm.getId()).revision() - 1;
                  if (mode == Mode.ONCE && DefaultChatRoles.changedSinceSeeding(before)) {
                    return null;
                  }
                  ChatAccessDocument document = DocumentParsing.parse(json, realm, store);
                  importer.check(document);
                  return importer.apply(document);
                });
    if (changes == null) {
      session.getTransactionManager().setRollbackOnly();
      LOG.infof("Chat access import: realm %s is already set up; %s left alone", realmName, file);
      return;
    }
    if (changes.isEmpty()) {
      session.getTransactionManager().setRollbackOnly();
    }
    LOG.infof(
        "Chat access import: %s applied to realm %s, %d changes", file, realmName, changes.size());
  }

  private static JsonNode read(Path file) throws IOException {
    if (Files.size(file) > Limits.DOCUMENT_CHARS) {
      throw Rejected.malformed("the file is larger than the document limit");
    }
    return StrictJson.readObject(Files.readString(file), Limits.DOCUMENT_CHARS);
  }

  private static String errorList(Rejected rejected) {
    List<FieldError> errors = rejected.fieldErrors();
    if (errors == null || errors.isEmpty()) {
      return "";
    }
    StringBuilder list = new StringBuilder();
    errors.forEach(e -> list.append("\n  ").append(e.field()).append(": ").append(e.message()));
    return list.toString();
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return "default";
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name("dir")
        .type("string")
        .helpText("Folder of <realm>.chat-access.json files applied when the server has started.")
        .add()
        .property()
        .name("mode")
        .type("string")
        .options("once", "always")
        .defaultValue("once")
        .helpText("once: only realms whose chat data was never set up; always: at every start.")
        .add()
        .build();
  }

  @Override
  public Map<String, String> getOperationalInfo() {
    return Map.of(
        "dir",
        dir == null ? "(none)" : dir.toString(),
        "mode",
        mode.name().toLowerCase(Locale.ROOT));
  }
}
