package io.animecatalogue.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Describes why JSON could not be read, as a JSON Pointer and a sentence for people. Jackson's own messages name Java
 * classes and echo input, neither of which may reach a client.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static ProblemError describe(JsonProcessingException exception) {
        String pointer = exception instanceof JsonMappingException mapping ? pointer(mapping) : "";
        return ProblemError.pointer(pointer, detail(exception));
    }

    private static String detail(JsonProcessingException exception) {
        if (exception instanceof StreamConstraintsException) {
            return "nests deeper than the " + JsonLimits.MAX_NESTING_DEPTH + " levels this API reads";
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "is not a known member here" + known(unknown.getKnownPropertyIds());
        }
        if (exception instanceof InvalidTypeIdException) {
            return "is missing or not a known type";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (exception instanceof InvalidFormatException && target.isEnum()) {
                return "must be one of: " + Arrays.stream(target.getEnumConstants())
                        .map(constant -> constant instanceof ApiEnum api ? api.code() : constant.toString())
                        .collect(Collectors.joining(", "));
            }
            return "must be " + expected(target);
        }
        if (exception instanceof JsonMappingException) {
            return "has a value that cannot be read here";
        }
        return "is not valid JSON";
    }

    private static String expected(Class<?> target) {
        if (target == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "a date-time in ISO-8601 form";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a whole number in range";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target.isEnum()) {
            return "a string";
        }
        return "an object";
    }

    private static String known(Collection<Object> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        return "; known members: " + names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String pointer(JsonMappingException exception) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        if (exception instanceof InvalidTypeIdException && pointer.isEmpty()) {
            return "/type";
        }
        return pointer.toString();
    }
}
