package io.animecatalogue.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A synopsis, biography or note: up to 10,000 characters, not blank. */
@Size(max = 10000)
@Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface LongText {

    String message() default "must be 1 to 10000 characters and not only spaces";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
