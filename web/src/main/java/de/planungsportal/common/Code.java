package de.planungsportal.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A short, stable identifier used in URLs, exports and as Camunda tenant id. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}")
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Code {

  String message() default "{de.planungsportal.Code.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
