package io.chataccess.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument;
import io.chataccess.config.DocumentChange;
import io.chataccess.config.DocumentExporter;
import io.chataccess.config.DocumentImporter;
import io.chataccess.config.DocumentJson;
import io.chataccess.config.DocumentParsing;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.Limits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;

/**
 * {@code /chat-access/document}: the realm's whole chat configuration as one document
 * (docs/document.md). {@code GET} exports it; {@code PUT} imports it in one transaction, or with
 * {@code dryRun=true} answers what it would change and keeps nothing.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class DocumentResource {

  private final AdminContext context;

  DocumentResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response export() {
    context.requireView();
    ChatAccessDocument document =
        new DocumentExporter(context.session(), context.store(), context.realm()).export();
    return JsonResponses.ok(DocumentJson.write(context.realm().getName(), document));
  }

  /**
   * {@code mode=replace} (the default) makes each given section exactly what it says; {@code
   * mode=merge} applies the given items and leaves every other item alone. A merge is read under
   * the write lock, since what it keeps is the realm as it is at that moment.
   */
  @PUT
  public Response importDocument(
      @QueryParam("dryRun") String dryRunParam, @QueryParam("mode") String modeParam, String body) {
    context.requireManageRealm();
    context.requireManageUsers();
    boolean dryRun = flag(dryRunParam);
    boolean merge = merge(modeParam);
    JsonNode json = RequestBodies.readTree(context.session(), body, Limits.DOCUMENT_CHARS);
    ChatAccessDocument declared =
        merge
            ? null
            : context.checked(() -> DocumentParsing.parse(json, context.realm(), context.store()));
    DocumentImporter importer =
        new DocumentImporter(context.session(), context.store(), context.realm());
    List<DocumentChange> changes =
        context.write(
            () -> {
              ChatAccessDocument document =
                  merge
                      ? DocumentParsing.parseMerge(
                          json, context.session(), context.realm(), context.store())
                      : declared;
              importer.check(document);
              List<DocumentChange> applied = importer.apply(document);
              if (dryRun || applied.isEmpty()) {
                // nothing to keep: not even the revision bump of the write lock
                context.session().getTransactionManager().setRollbackOnly();
              }
              return applied;
            },
            applied ->
                dryRun ? List.of() : applied.stream().map(DocumentResource::record).toList());
    return JsonResponses.ok(ImportResult.of(dryRun, changes));
  }

  private static AdminRecord record(DocumentChange change) {
    return new AdminRecord(
        switch (change.operation()) {
          case CREATE -> OperationType.CREATE;
          case UPDATE -> OperationType.UPDATE;
          case DELETE -> OperationType.DELETE;
        },
        resourceType(change.target()),
        change.representation(),
        List.of(
            "document",
            change.target().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            change.key()));
  }

  private static String resourceType(DocumentChange.Target target) {
    return switch (target) {
      case SETTINGS -> ResourceTypes.SETTINGS;
      case PERMISSION -> ResourceTypes.PERMISSION;
      case INBOX -> ResourceTypes.INBOX;
      case LICENSE -> ResourceTypes.LICENSE;
      case LICENSE_HOLDER -> ResourceTypes.LICENSE_HOLDER;
      case ROLE -> ResourceTypes.ROLE;
      case ASSIGNMENT -> ResourceTypes.ASSIGNMENT;
    };
  }

  private static boolean merge(String mode) {
    if (mode == null || mode.equals("replace")) {
      return false;
    }
    if (mode.equals("merge")) {
      return true;
    }
    throw ProblemException.invalid("mode", "must be replace or merge");
  }

  private static boolean flag(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ProblemException.invalid("dryRun", "must be true or false");
  }

  /** The answer of an import: whether it was a dry run, and every change made or to be made. */
  record ImportResult(boolean dryRun, boolean changed, List<Change> changes) {

    static ImportResult of(boolean dryRun, List<DocumentChange> changes) {
      return new ImportResult(
          dryRun, !changes.isEmpty(), changes.stream().map(Change::of).toList());
    }

    record Change(String operation, String type, String key, Map<String, Object> representation) {
      static Change of(DocumentChange change) {
        return new Change(
            change.operation().name(),
            resourceType(change.target()),
            change.key(),
            change.representation());
      }
    }
  }
}
