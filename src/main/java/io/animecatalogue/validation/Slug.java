package io.animecatalogue.validation;

import io.animecatalogue.shared.Slugs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A slug, by the one rule in {@link Slugs}. */
@Constraint(validatedBy = Slug.Validator.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {

    String message() default "must be a slug: " + Slugs.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Slug, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Slugs.isValid(value);
        }
    }
}
