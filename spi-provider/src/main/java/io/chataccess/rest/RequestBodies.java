package io.chataccess.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: unknown fields, wrong types and trailing garbage are errors that
 * name the field, reported as problem documents rather than the server's generic error.
 */
public final class RequestBodies {

  public static final int MAX_BODY_CHARS = 1_000_000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Boolean,
              config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000).build());
  }

  private RequestBodies() {}

  public static <T> T read(String body, Class<T> type) {
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
  public static JsonNode readTree(String body, int maxChars) {
    if (body == null || body.isBlank()) {
      throw ProblemException.malformed("The request needs a JSON body.");
    }
    if (body.length() > maxChars) {
      throw ProblemException.malformed(
          "The request body is larger than " + maxChars + " characters.");
    }
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw ProblemException.malformed("The request body must be a JSON object.");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw ProblemException.malformed("The request body is not valid JSON.");
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
