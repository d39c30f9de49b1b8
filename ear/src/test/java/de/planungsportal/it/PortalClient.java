package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests that speak to the running server: one session cookie, no
 * automatic redirects, JSF postbacks (full, ajax, and multipart with a file) with the current view
 * state, and an Origin header on state-changing requests as browsers send it. The session cookie is
 * handled by hand because it is {@code Secure} and java.net's cookie store would not send it over
 * http. Postbacks carry PrimeFaces' CSP nonce of the view, as PrimeFaces' scripts do.
 */
public final class PortalClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
  private static final Pattern CSP_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  /** A response as the test sees it. */
  public record Page(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public Optional<String> location() {
      return header("Location");
    }

    /** The page is the sign-in form (FORM authentication shows it in place of the target). */
    public boolean isSignInForm() {
      return (status == 200 && body.contains("id=\"loginForm\""))
          || (status == 302 && location().orElse("").contains("/login.xhtml"));
    }

    public String viewState() {
      Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
      if (partial.find()) {
        return partial.group(1);
      }
      Matcher full = VIEW_STATE.matcher(body);
      if (!full.find()) {
        throw new AssertionError("no view state in response " + status + ":\n" + body);
      }
      return full.group(1);
    }

    /** PrimeFaces' CSP nonce of the view, which its scripts send back with every postback. */
    public Optional<String> nonce() {
      Optional<String> fromHeader =
          header("Content-Security-Policy")
              .map(CSP_NONCE::matcher)
              .filter(Matcher::find)
              .map(m -> m.group(1));
      if (fromHeader.isPresent()) {
        return fromHeader;
      }
      Matcher script = SCRIPT_NONCE.matcher(body);
      return script.find() ? Optional.of(script.group(1)) : Optional.empty();
    }

    public boolean isPartial() {
      return body.startsWith("<?xml") && body.contains("<partial-response");
    }
  }

  /** A chosen file as a browser sends it: the name without folders, the type it guessed, bytes. */
  public record FilePart(String fileName, String contentType, byte[] content) {}

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String sessionCookie;
  private String nonce;
  private String pendingSignIn;
  private String language = "de-DE,de;q=0.9";

  public PortalClient(URL base) {
    this.base = URI.create(base.toString());
  }

  public PortalClient language(String acceptLanguage) {
    this.language = acceptLanguage;
    return this;
  }

  public String origin() {
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  public Optional<String> sessionCookie() {
    signInIfPending();
    return Optional.ofNullable(sessionCookie);
  }

  public void useSessionCookie(String cookie) {
    signInIfPending();
    this.sessionCookie = cookie;
  }

  public Page get(String path) {
    return send(request(path).GET(), Map.of());
  }

  /** A raw form POST with exactly the given headers (besides cookie and language). */
  public Page post(String path, Map<String, String> form, Map<String, String> headers) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))),
        headers);
  }

  /** Any method with a JSON body, as the portal's own scripts would call the API. */
  public Page json(String method, String path, String body, Map<String, String> headers) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  /** Signs in through the login page; the result is the redirect after the postback. */
  /** A new client signed in with the demo password, sent on to the task list as staff are. */
  public static PortalClient signedIn(URL base, String username) {
    PortalClient client = signedInOnFirstUse(base, username);
    client.signInIfPending();
    return client;
  }

  /**
   * A client that signs in as {@link #signedIn} does, but only just before its first request: for a
   * test's setup that signs in an account which some of its cases never use. The sign-in is checked
   * the same way when it happens.
   */
  public static PortalClient signedInOnFirstUse(URL base, String username) {
    PortalClient client = new PortalClient(base);
    client.pendingSignIn = username;
    return client;
  }

  private void signInIfPending() {
    if (pendingSignIn != null) {
      String username = pendingSignIn;
      pendingSignIn = null;
      assertThat(signIn(username, DemoAccounts.PASSWORD).location())
          .as("sign-in of %s", username)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/workflow/tasks.xhtml"));
    }
  }

  public Page signIn(String username, String password) {
    Page login = get("/login.xhtml");
    return submit(
        login,
        "/login.xhtml",
        "loginForm",
        "loginForm:submit",
        Map.of("loginForm:username", username, "loginForm:password", password));
  }

  /** A non-ajax postback of a form on a page, as a click on a button in a browser. */
  public Page submit(
      Page page, String path, String formId, String buttonId, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.putAll(fields);
    form.put(buttonId, "");
    form.put("jakarta.faces.ViewState", page.viewState());
    putNonce(form, page);
    return post(path, form, Map.of("Origin", origin()));
  }

  /**
   * A non-ajax postback of a multipart form ({@code enctype="multipart/form-data"}) as a browser
   * sends it for a click on a button: the form's marker, the file, the button, the view state and
   * PrimeFaces' nonce, each a part in document order.
   */
  public Page submitMultipart(
      Page page, String path, String formId, String buttonId, String fileField, FilePart file) {
    Map<String, String> before = Map.of(formId, formId);
    Map<String, String> after = new LinkedHashMap<>();
    after.put(buttonId, "");
    after.put("jakarta.faces.ViewState", page.viewState());
    putNonce(after, page);
    return multipart(path, before, fileField, file, after, Map.of("Origin", origin()));
  }

  /**
   * A raw multipart/form-data POST: text fields, one file part, more text fields, with exactly the
   * given headers (besides cookie and language).
   */
  public Page multipart(
      String path,
      Map<String, String> fieldsBefore,
      String fileField,
      FilePart file,
      Map<String, String> fieldsAfter,
      Map<String, String> headers) {
    String boundary = "----PortalClient" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fieldsBefore.forEach((name, value) -> writeField(body, boundary, name, value));
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + fileField
            + "\"; filename=\""
            + file.fileName()
            + "\"\r\nContent-Type: "
            + file.contentType()
            + "\r\n\r\n");
    body.writeBytes(file.content());
    write(body, "\r\n");
    fieldsAfter.forEach((name, value) -> writeField(body, boundary, name, value));
    write(body, "--" + boundary + "--\r\n");
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        headers);
  }

  private static void writeField(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n");
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An ajax postback as PrimeFaces sends it for a command button: executes {@code execute},
   * re-renders {@code render}; the partial response carries messages and the next view state.
   */
  public Page ajax(
      Page page,
      String path,
      String formId,
      String sourceId,
      String execute,
      String render,
      Map<String, String> fields) {
    return ajax(page, path, formId, sourceId, execute, render, fields, "");
  }

  /**
   * An ajax postback with {@code encodedTail} appended to the form body as it is: already
   * URL-encoded fields, which may hold percent-escapes of bytes no browser would send.
   */
  public Page ajax(
      Page page,
      String path,
      String formId,
      String sourceId,
      String execute,
      String render,
      Map<String, String> fields,
      String encodedTail) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", sourceId);
    form.put("jakarta.faces.partial.execute", execute);
    form.put("jakarta.faces.partial.render", render);
    form.put(sourceId, sourceId);
    form.put(formId, formId);
    form.putAll(fields);
    form.put("jakarta.faces.ViewState", page.viewState());
    putNonce(form, page);
    String body = encode(form) + (encodedTail.isEmpty() ? "" : "&" + encodedTail);
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        Map.of(
            "Origin",
            origin(),
            "Faces-Request",
            "partial/ajax",
            "X-Requested-With",
            "XMLHttpRequest"));
  }

  /**
   * PrimeFaces refuses a postback of a CSP-protected view that does not return the view's nonce;
   * its scripts add it to every form and ajax request.
   */
  private void putNonce(Map<String, String> form, Page page) {
    page.nonce()
        .or(() -> Optional.ofNullable(nonce))
        .ifPresent(n -> form.put("primefaces.nonce", n));
  }

  private HttpRequest.Builder request(String path) {
    signInIfPending();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language);
    if (sessionCookie != null) {
      request.header("Cookie", sessionCookie);
    }
    return request;
  }

  private Page send(HttpRequest.Builder request, Map<String, String> headers) {
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("JSESSIONID="))
          .findFirst()
          .ifPresent(c -> sessionCookie = c.substring(0, c.indexOf(';')));
      Page page = new Page(response.statusCode(), response.headers().map(), response.body());
      page.nonce().ifPresent(n -> nonce = n);
      return page;
    } catch (IOException e) {
      throw new IllegalStateException("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
