package io.chataccess.rest;

import java.time.Duration;
import org.keycloak.models.KeycloakSession;

/**
 * Read-your-writes at the HTTP edge (docs/changes.md, "Read your writes"): every admin write and
 * every answer of {@code /me}, {@code /check} and AuthZEN carries the realm revision it was made at
 * in {@value #REVISION}; a reader that sends {@value #MIN_REVISION} gets an answer from that
 * revision or a later one, waiting up to {@link #WAIT} for it, else a 503.
 */
public final class Revisions {

  public static final String REVISION = "Chat-Access-Revision";
  public static final String MIN_REVISION = "Chat-Access-Min-Revision";

  public static final Duration WAIT = Duration.ofSeconds(5);

  private Revisions() {}

  /** The revision the request asks at least for, or 0; a malformed one is a 400 naming it. */
  public static long minimum(KeycloakSession session) {
    String value = session.getContext().getRequestHeaders().getHeaderString(MIN_REVISION);
    return value == null ? 0 : parse(value, MIN_REVISION);
  }

  /** A whole number from 0, or -1 when {@code value} is not one. */
  public static long parseOrNegative(String value) {
    try {
      long revision = Long.parseLong(value.trim());
      return revision < 0 ? -1 : revision;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long parse(String value, String field) {
    long revision = parseOrNegative(value);
    if (revision < 0) {
      throw ProblemException.invalid(field, "a realm revision: a whole number from 0");
    }
    return revision;
  }

  /** Sets the answer's revision header. */
  public static void answeredAt(KeycloakSession session, long revision) {
    session.getContext().getHttpResponse().setHeader(REVISION, Long.toString(revision));
  }

  /** The problem of a revision not reached in time. */
  public static ProblemException notReached(long minimum) {
    return ProblemException.unavailable(
        "The realm has not reached revision "
            + minimum
            + " within "
            + WAIT.toSeconds()
            + " s; nothing was answered. Ask again, or without "
            + MIN_REVISION
            + ".");
  }
}
