package io.animecatalogue.validation;

import io.animecatalogue.shared.CatalogueDates;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A calendar year in the range the catalogue accepts. */
@Min(CatalogueDates.FIRST_YEAR)
@Max(CatalogueDates.LAST_YEAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Year {

    String message() default "must be " + CatalogueDates.YEAR_RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
