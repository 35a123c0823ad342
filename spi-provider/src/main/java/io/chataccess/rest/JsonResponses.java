package io.chataccess.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Builds JSON responses with our own serialization (nulls included, as the API documents), not the
 * server's shared mapper whose settings we do not own.
 */
public final class JsonResponses {

  public static final String PROBLEM_JSON = "application/problem+json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private JsonResponses() {}

  public static Response ok(Object body) {
    return Response.ok(write(body), MediaType.APPLICATION_JSON_TYPE).build();
  }

  public static Response created(URI location, Object body) {
    return Response.created(location)
        .entity(write(body))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  public static Response problem(Problem problem) {
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(write(problem)).build();
  }

  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + body.getClass(), e);
    }
  }
}
