package io.chataccess.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one way JSON input is read, by the REST API and by the document import from REST or from a
 * file: unknown fields, duplicate keys, coerced scalars and trailing content are errors, and
 * nesting and string lengths are bounded by {@link Limits}.
 */
public final class StrictJson {

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
            StreamReadConstraints.builder()
                .maxNestingDepth(Limits.JSON_NESTING_DEPTH)
                .maxStringLength(Limits.STRING_CHARS)
                .build());
  }

  private StrictJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A JSON object as a tree, for documents checked field by field by their reader.
   *
   * @throws Rejected when the text is blank, too long, not JSON or not an object
   */
  public static JsonNode readObject(String text, int maxChars) {
    if (text == null || text.isBlank()) {
      throw Rejected.malformed("The request needs a JSON body.");
    }
    if (text.length() > maxChars) {
      throw Rejected.malformed("The body is larger than " + maxChars + " characters.");
    }
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || !tree.isObject()) {
        throw Rejected.malformed("The body must be a JSON object.");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw Rejected.malformed("not valid JSON: " + e.getOriginalMessage());
    }
  }
}
