package io.chataccess.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.rules.JsonMergePatch;
import io.chataccess.rules.Limits;
import io.chataccess.rules.StrictJson;
import java.util.Set;
import org.keycloak.models.KeycloakSession;

/**
 * JSON Merge Patch (RFC 7396) over a resource's writable form: a member set to a value replaces it,
 * an object merges into the object it names, {@code null} removes. The merged form then goes
 * through the resource's own {@code PUT}, so a patch can do nothing a {@code PUT} refuses.
 */
public final class MergePatch {

  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private static final ObjectMapper MAPPER = StrictJson.mapper();

  private MergePatch() {}

  /** The patch of the request: a JSON object, sent as merge-patch or plain JSON. */
  public static ObjectNode read(KeycloakSession session, String body) {
    return (ObjectNode) RequestBodies.readTree(session, body, Limits.REQUEST_BODY_CHARS);
  }

  /**
   * The writable form of {@code current} (its read-only members left out) with {@code patch}
   * applied, as the body of a {@code PUT}.
   */
  public static ObjectNode merged(Object current, Set<String> readOnly, ObjectNode patch) {
    ObjectNode target = MAPPER.valueToTree(current);
    target.remove(readOnly);
    return (ObjectNode) JsonMergePatch.apply(target, patch);
  }

  /**
   * Only roles have versions: an {@code If-Match} sent to anything else would protect nothing, so
   * it is refused rather than ignored.
   */
  public static void refuseIfMatch(String ifMatch, String resources) {
    if (ifMatch != null) {
      throw ProblemException.invalid(
          "If-Match", resources + " have no versions; only chat roles take If-Match");
    }
  }
}
