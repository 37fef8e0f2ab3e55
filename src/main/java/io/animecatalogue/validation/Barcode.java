package io.animecatalogue.validation;

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

/** A UPC-A (12 digits), EAN-13 or EAN-8 barcode whose last digit is its check digit. */
@Constraint(validatedBy = Barcode.Validator.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Barcode {

    String message() default "must be a UPC-A, EAN-13 or EAN-8 barcode (8, 12 or 13 digits) with a correct check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Barcode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || hasValidCheckDigit(value);
        }

        /**
         * GS1 check digit: weights 3 and 1 alternate from the digit next to the check digit, so the same rule
         * covers every length.
         */
        static boolean hasValidCheckDigit(String code) {
            if (!code.matches("[0-9]{8}|[0-9]{12,13}")) {
                return false;
            }
            int sum = 0;
            for (int i = code.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
                sum += (code.charAt(i) - '0') * weight;
            }
            return (10 - sum % 10) % 10 == code.charAt(code.length() - 1) - '0';
        }
    }
}
