package io.chataccess.integration;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: one cookie jar, follows redirects by hand and fills in Keycloak's
 * login forms (of this realm, and of an identity provider's realm when brokered) with the
 * credentials it is given, in order. It stops at the client's redirect URI (the login succeeded) or
 * at any page that is not a login form (a denial, an error).
 */
final class FormLogin {

  static final String REDIRECT_URI = "http://localhost/chat-app/callback";

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
  private static final Pattern ANY_FORM_ACTION =
      Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
  private static final Pattern HIDDEN_INPUT =
      Pattern.compile(
          "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"",
          Pattern.DOTALL);
  private static final Pattern ACTION_FIRST =
      Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"", Pattern.DOTALL);

  /** Where a login ended: the code at the redirect URI, or the page that stopped it. */
  record Outcome(int status, String finalUrl, String page) {
    boolean succeeded() {
      return finalUrl.startsWith(REDIRECT_URI) && finalUrl.contains("code=");
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /**
   * Cookies by path and name, sent to every request below their path: all realms live on one
   * loopback host, and Java's cookie manager drops Keycloak's cookies there (they are marked
   * Secure). Each realm has cookies of the same names on its own path.
   */
  private final Map<String, Cookie> cookies = new LinkedHashMap<>();

  private record Cookie(String name, String value, String path) {}

  private final String baseUrl;

  FormLogin(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Signs in to {@code clientId} of {@code realm} with one login form. */
  Outcome login(String realm, String clientId, String username, String password) {
    return run(authUrl(realm, clientId, null), new String[][] {{username, password}});
  }

  /** Signs in through the identity provider {@code idpAlias}, filling its login form. */
  Outcome brokeredLogin(
      String realm, String clientId, String idpAlias, String username, String password) {
    return run(authUrl(realm, clientId, idpAlias), new String[][] {{username, password}});
  }

  private String authUrl(String realm, String clientId, String idpHint) {
    return baseUrl
        + "/realms/"
        + realm
        + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
        + encode(clientId)
        + "&redirect_uri="
        + encode(REDIRECT_URI)
        + (idpHint == null ? "" : "&kc_idp_hint=" + encode(idpHint));
  }

  private Outcome run(String startUrl, String[][] credentials) {
    Deque<String[]> pending = new ArrayDeque<>();
    for (String[] each : credentials) {
      pending.add(each);
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(startUrl)).GET().build();
    for (int step = 0; step < 25; step++) {
      HttpResponse<String> response = send(request);
      String url = request.uri().toString();
      if (response.statusCode() / 100 == 3) {
        String location = response.headers().firstValue("Location").orElseThrow();
        URI next = request.uri().resolve(location);
        if (next.toString().startsWith(REDIRECT_URI)) {
          return new Outcome(response.statusCode(), next.toString(), "");
        }
        request = HttpRequest.newBuilder(next).GET().build();
        continue;
      }
      if (isSamlPostBinding(response.body())) {
        request = postBindingForm(response.body());
        continue;
      }
      String action = loginFormAction(response.body());
      if (action == null || pending.isEmpty()) {
        return new Outcome(response.statusCode(), url, response.body());
      }
      String[] login = pending.poll();
      request =
          HttpRequest.newBuilder(URI.create(action))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "username="
                          + encode(login[0])
                          + "&password="
                          + encode(login[1])
                          + "&credentialId="))
              .build();
    }
    throw new AssertionError("login did not end after 25 steps from " + startUrl);
  }

  /** A SAML POST-binding page, which a browser submits by script at once. */
  private static boolean isSamlPostBinding(String html) {
    return html.contains("name=\"SAMLResponse\"") || html.contains("name=\"SAMLRequest\"");
  }

  private static HttpRequest postBindingForm(String html) {
    Matcher action = ANY_FORM_ACTION.matcher(html);
    if (!action.find()) {
      throw new AssertionError("a SAML POST-binding page without a form: " + html);
    }
    StringBuilder body = new StringBuilder();
    Matcher input = HIDDEN_INPUT.matcher(html);
    while (input.find()) {
      if (!body.isEmpty()) {
        body.append('&');
      }
      body.append(encode(unescape(input.group(1))))
          .append('=')
          .append(encode(unescape(input.group(2))));
    }
    return HttpRequest.newBuilder(URI.create(unescape(action.group(1))))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private static String unescape(String html) {
    return html.replace("&#x2f;", "/")
        .replace("&#x3a;", ":")
        .replace("&#x3d;", "=")
        .replace("&#x2b;", "+")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  private static String loginFormAction(String html) {
    Matcher matcher = FORM_ACTION.matcher(html);
    if (!matcher.find()) {
      matcher = ACTION_FIRST.matcher(html);
      if (!matcher.find()) {
        return null;
      }
    }
    return matcher.group(1).replace("&amp;", "&");
  }

  private HttpResponse<String> send(HttpRequest original) {
    HttpRequest.Builder withCookies = HttpRequest.newBuilder(original, (name, value) -> true);
    StringBuilder header = new StringBuilder();
    for (Cookie cookie : cookies.values()) {
      if (original.uri().getPath().startsWith(cookie.path())) {
        header.append(cookie.name()).append('=').append(cookie.value()).append("; ");
      }
    }
    if (!header.isEmpty()) {
      withCookies.header("Cookie", header.toString());
    }
    HttpRequest request = withCookies.build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        remember(setCookie);
      }
      return response;
    } catch (IOException e) {
      throw new AssertionError("request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void remember(String setCookie) {
    String[] parts = setCookie.split(";");
    int equals = parts[0].indexOf('=');
    if (equals <= 0) {
      return;
    }
    String path = "/";
    for (String attribute : parts) {
      if (attribute.trim().toLowerCase().startsWith("path=")) {
        path = attribute.trim().substring(5);
      }
    }
    String name = parts[0].substring(0, equals).trim();
    cookies.put(path + "|" + name, new Cookie(name, parts[0].substring(equals + 1).trim(), path));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
