package io.chataccess.rules;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Keys;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules of a webhook's fields (docs/changes.md, "Webhooks"). */
public final class WebhookRules {

  private WebhookRules() {}

  /** An absolute http or https URL with a host, at most {@link Limits#WEBHOOK_URL_CHARS}. */
  public static void url(String url, String field, FieldErrors errors) {
    if (url == null || url.isBlank()) {
      errors.add(field, "required: the https (or http) URL that receives the changes");
      return;
    }
    if (url.length() > Limits.WEBHOOK_URL_CHARS) {
      errors.add(field, "at most " + Limits.WEBHOOK_URL_CHARS + " characters");
      return;
    }
    if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      errors.add(field, "printable ASCII only: percent-encode anything else");
      return;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        errors.add(
            field, "an absolute http or https URL with a host, e.g. https://chat.example/hooks");
      }
    } catch (URISyntaxException e) {
      errors.add(field, "not a URL: " + e.getReason());
    }
  }

  /** A secret the caller chose, or none (null: one is generated). */
  public static void secret(String secret, String field, FieldErrors errors) {
    if (secret != null && WebhookSecrets.key(secret) == null) {
      errors.add(
          field,
          "a Standard Webhooks secret: whsec_ and the base64 of 24 to 64 bytes; leave it out to"
              + " have one generated");
    }
  }

  /** Kinds of change, each one of {@link ChangeKinds#ALL}. */
  public static Set<String> kinds(List<String> kinds, String field, FieldErrors errors) {
    return entries(kinds, field, errors, ChangeKinds.ALL::contains, "one of " + ChangeKinds.ALL);
  }

  /** Node keys. */
  public static Set<String> nodeKeys(List<String> keys, String field, FieldErrors errors) {
    return entries(
        keys, field, errors, k -> Keys.NODE_KEY.matcher(k).matches(), "a node key, e.g. emea");
  }

  /** Keycloak user ids. */
  public static Set<String> userIds(List<String> ids, String field, FieldErrors errors) {
    return entries(
        ids,
        field,
        errors,
        id -> !id.isBlank() && id.length() <= Limits.ID_CHARS && Texts.isReference(id),
        "a user id");
  }

  private static Set<String> entries(
      List<String> values,
      String field,
      FieldErrors errors,
      java.util.function.Predicate<String> valid,
      String expected) {
    Set<String> kept = new LinkedHashSet<>();
    if (values == null) {
      return kept;
    }
    if (values.size() > Limits.WEBHOOK_FILTER_ENTRIES) {
      errors.add(field, "at most " + Limits.WEBHOOK_FILTER_ENTRIES + " entries");
      return kept;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || !valid.test(value)) {
        errors.add(field + "[" + i + "]", expected);
      } else {
        kept.add(value);
      }
    }
    return kept;
  }
}
