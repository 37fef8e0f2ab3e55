package io.animecatalogue.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A BCP 47 language tag. */
@Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag such as ja or en-US";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
