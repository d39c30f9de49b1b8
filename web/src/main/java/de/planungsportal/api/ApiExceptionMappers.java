package de.planungsportal.api;

import de.planungsportal.common.ErrorReference;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Problems;
import de.planungsportal.identity.AccessDeniedException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
      Locale locale = headers.getAcceptableLanguages().isEmpty()
          ? Locale.GERMAN
          : headers.getAcceptableLanguages().get(0);
      ResourceBundle bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
      String message =
          bundle.containsKey(e.messageKey())
              ? new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments())
              : e.messageKey();
      return Response.status(400)
          .type(PROBLEM)
          .entity(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("status", 400)
                  .add("code", e.messageKey())
                  .add("detail", message)
                  .build())
          .build();
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
      return Response.status(400)
          .type(PROBLEM)
          .entity(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("status", 400)
                  .add("code", "invalid-input")
                  .add("violations", fields)
                  .build())
          .build();
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
      return Response.status(500)
          .type(PROBLEM)
          .entity(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("status", 500)
                  .add("code", "internal-error")
                  .add("reference", reference)
                  .build())
          .build();
    }
  }

  static Response problem(int status, String code) {
    return Response.status(status).type(PROBLEM).entity(Problems.json(status, code)).build();
  }
}
