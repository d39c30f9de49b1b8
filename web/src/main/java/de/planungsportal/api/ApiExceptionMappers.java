package de.planungsportal.api;

import de.planungsportal.common.ErrorReference;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import de.planungsportal.tenant.AccessDeniedException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * How the API reports failures: RFC 9457 problems with a stable code and a translated message;
 * unexpected errors only with a reference number, the details go to the server log.
 */
public final class ApiExceptionMappers {

  private static final String PROBLEM = "application/problem+json";

  private ApiExceptionMappers() {}

  @Provider
  public static class Denied implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return problem(403, "forbidden");
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<InvalidInputException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
      Locale locale =
          headers.getAcceptableLanguages().isEmpty()
              ? Locale.GERMAN
              : headers.getAcceptableLanguages().get(0);
      ResourceBundle bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
      String message = Translatable.format(bundle, locale, e.messageKey(), e.arguments());
      return problem(400, e.messageKey(), p -> p.add("detail", message));
    }
  }

  @Provider
  public static class Violations implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      JsonArrayBuilder fields = Json.createArrayBuilder();
      e.getConstraintViolations()
          .forEach(
              v ->
                  fields.add(
                      Json.createObjectBuilder()
                          .add("field", v.getPropertyPath().toString())
                          .add("message", v.getMessage())));
      return problem(400, "invalid-input", p -> p.add("violations", fields));
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
        return problem(wae.getResponse().getStatus(), "http-" + wae.getResponse().getStatus());
      }
      String reference = ErrorReference.log("API call", e);
      return problem(500, "internal-error", p -> p.add("reference", reference));
    }
  }

  static Response problem(int status, String code) {
    return problem(status, code, p -> p);
  }

  /** A problem document with the common members and whatever {@code more} adds. */
  private static Response problem(int status, String code, UnaryOperator<JsonObjectBuilder> more) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("status", status)
            .add("code", code);
    return Response.status(status).type(PROBLEM).entity(more.apply(problem).build()).build();
  }
}
