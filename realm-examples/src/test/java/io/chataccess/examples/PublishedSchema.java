package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A JSON Schema published in {@code docs/}, to validate what the examples and the server hold. */
final class PublishedSchema {

  private final JsonSchema schema;

  private PublishedSchema(JsonSchema schema) {
    this.schema = schema;
  }

  /** {@code docs/<fileName>} of the project, found from the realm-examples module folder. */
  static PublishedSchema inDocs(Path examplesDir, String fileName) {
    Path file = examplesDir.resolve("../docs").resolve(fileName).normalize();
    try (InputStream in = Files.newInputStream(file)) {
      return new PublishedSchema(
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + file, e);
    }
  }

  /** What the schema finds wrong with {@code json}, one line each; empty when it is valid. */
  List<String> problems(JsonNode json) {
    return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
