package de.planungsportal.oparl;

import de.planungsportal.common.ErrorReference;
import de.planungsportal.common.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the OParl API reports failures: the portal's problem document (RFC 9457, with status and a
 * stable {@code code}) that is at the same time OParl 1.1's error object ({@code type} {@code
 * https://schema.oparl.org/1.1/Error}, {@code message} for people, {@code debug} for developers).
 * The message is German unless the client prefers English; unexpected errors show only a reference,
 * the details go to the server log.
 */
public final class OparlExceptionMappers {

  private static final String PROBLEM = "application/problem+json";
  private static final String BUNDLE = "de.planungsportal.i18n.messages";

  private OparlExceptionMappers() {}

  /** A parameter the client can correct: 400. */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidInputException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
      Object[] arguments = e.arguments();
      return problem(
          400,
          "invalid-parameter",
          message(headers, e.messageKey(), arguments),
          arguments.length > 0 ? "parameter " + arguments[0] : e.messageKey());
    }
  }

  /** Unknown objects and pages (404), other methods than GET and HEAD (405), and the rest. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
      if (e instanceof WebApplicationException wae) {
        Response original = wae.getResponse();
        int status = original.getStatus();
        if (status < 400) {
          // e.g. the answer JAX-RS gives to OPTIONS
          return original;
        }
        if (status == 404) {
          return problem(
              404, "not-found", message(headers, "oparl.error.notFound"), uriInfo.getPath());
        }
        if (status == 405) {
          String allow = original.getHeaderString("Allow");
          return Response.fromResponse(
                  problem(
                      405,
                      "method-not-allowed",
                      message(headers, "oparl.error.readOnly"),
                      "allowed: " + allow))
              .header("Allow", allow)
              .build();
        }
        if (status == 503 && OparlUrls.NOT_CONFIGURED.equals(wae.getMessage())) {
          return problem(
              503,
              "not-configured",
              message(headers, "oparl.error.notConfigured"),
              OparlUrls.NOT_CONFIGURED);
        }
        if (status < 500) {
          return problem(
              status,
              "http-" + status,
              message(headers, "oparl.error.request", status),
              uriInfo.getPath());
        }
      }
      String reference = ErrorReference.log("OParl call", e);
      return problem(
          500,
          "internal-error",
          message(headers, "oparl.error.internal", reference),
          "reference " + reference);
    }
  }

  private static Response problem(int status, String code, String message, String debug) {
    JsonObject problem =
        Json.createObjectBuilder()
            .add("type", Oparl.type("Error"))
            .add("status", status)
            .add("code", code)
            .add("message", message)
            .add("detail", message)
            .add("debug", debug)
            .build();
    return Response.status(status).type(PROBLEM).entity(problem).build();
  }

  /** German, the language of the content, unless the client's first choice is English. */
  private static String message(HttpHeaders headers, String key, Object... arguments) {
    Locale locale =
        headers.getAcceptableLanguages().stream()
                .findFirst()
                .filter(l -> l.getLanguage().equals("en"))
                .isPresent()
            ? Locale.ENGLISH
            : Locale.GERMAN;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return bundle.containsKey(key)
        ? new MessageFormat(bundle.getString(key), locale).format(arguments)
        : key;
  }
}
