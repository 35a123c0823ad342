package io.chataccess.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Rejected;
import io.chataccess.rules.StrictJson;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;

/**
 * Reads request bodies strictly: unknown fields, wrong types and trailing garbage are errors that
 * name the field, reported as problem documents rather than the server's generic error.
 */
public final class RequestBodies {

  public static final int MAX_BODY_CHARS = Limits.REQUEST_BODY_CHARS;

  private static final ObjectMapper MAPPER = StrictJson.mapper();

  private static final MediaType MERGE_PATCH = MediaType.valueOf(MergePatch.MEDIA_TYPE);

  private RequestBodies() {}

  /** Reads a JSON body of a request that must say it is JSON. */
  public static <T> T read(KeycloakSession session, String body, Class<T> type) {
    requireJson(session);
    return parse(body, type);
  }

  /** Parses a JSON body strictly into {@code type}. */
  public static <T> T parse(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw ProblemException.malformed("The request needs a JSON body.");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw ProblemException.malformed(
          "The request body is larger than " + MAX_BODY_CHARS + " characters.");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ProblemException.malformed("The request body must be a JSON object.");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.invalid(path(e), "unknown field");
    } catch (JsonMappingException e) {
      String path = path(e);
      if (path.isEmpty()) {
        throw ProblemException.malformed("The request body is not a valid JSON object.");
      }
      throw ProblemException.invalid(path, "has the wrong type or form");
    } catch (JsonProcessingException e) {
      throw ProblemException.malformed("The request body is not valid JSON.");
    }
  }

  /**
   * A body as a JSON tree, for documents checked field by field by their reader; duplicate keys and
   * trailing content are refused as for {@link #read}.
   */
  public static JsonNode readTree(KeycloakSession session, String body, int maxChars) {
    requireJson(session);
    try {
      return StrictJson.readObject(body, maxChars);
    } catch (Rejected rejected) {
      throw ProblemException.of(rejected);
    }
  }

  /**
   * Answers our own 415 problem document for a body sent with a content type other than JSON,
   * before the framework matches the resource's {@code @Consumes} and answers its own error. Called
   * where a resource tree is handed out (the admin and public roots); a request without a content
   * type goes on, and a resource that reads a body refuses it there.
   */
  public static void refuseOtherContentTypes(KeycloakSession session) {
    String method = session.getContext().getHttpRequest().getHttpMethod();
    boolean sendsBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    if (sendsBody && session.getContext().getRequestHeaders().getMediaType() != null) {
      requireJson(session);
    }
  }

  /**
   * A body is JSON only when it says so: {@code application/json}, with any parameters such as a
   * charset, and for a {@code PATCH} also {@code application/merge-patch+json}. Anything else, or
   * no content type at all, is 415 and never parsed.
   */
  private static void requireJson(KeycloakSession session) {
    MediaType type = session.getContext().getRequestHeaders().getMediaType();
    boolean patch = "PATCH".equals(session.getContext().getHttpRequest().getHttpMethod());
    if (type == null
        || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || (patch && MERGE_PATCH.isCompatible(type)))
        || type.isWildcardType()
        || type.isWildcardSubtype()) {
      throw ProblemException.unsupportedMediaType(
          "The body must be sent as Content-Type: application/json"
              + (type == null ? "; the request has no content type." : ", not " + type + "."));
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            ref ->
                ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
