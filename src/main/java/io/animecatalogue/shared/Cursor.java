package io.animecatalogue.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page starts: the sort key of the last item served, as an opaque token. Keyset pagination (instead
 * of offsets) is what keeps pages from repeating or skipping items while the catalogue changes between requests.
 */
public final class Cursor {

    public static final String PARAMETER = "cursor";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MALFORMED = "is not a cursor this API issued; use the 'next' value of the previous page";

    private final ArrayNode key;

    private Cursor(ArrayNode key) {
        this.key = key;
    }

    /** Encodes a sort key made of strings, numbers and UUIDs. */
    public static String encode(Object... key) {
        ArrayNode array = JSON.createArrayNode();
        for (Object part : key) {
            if (part == null) {
                array.addNull();
            } else if (part instanceof Number number) {
                array.add(number.longValue());
            } else {
                array.add(part.toString());
            }
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(array));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Cursor decode(String token) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token.getBytes(StandardCharsets.US_ASCII)));
            if (node instanceof ArrayNode array && !array.isEmpty()) {
                return new Cursor(array);
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            // reported below, as for any other token we did not issue
        }
        throw ProblemException.invalidParameter(PARAMETER, MALFORMED);
    }

    public String string(int index) {
        JsonNode part = key.get(index);
        if (part == null || !part.isTextual()) {
            throw ProblemException.invalidParameter(PARAMETER, MALFORMED);
        }
        return part.textValue();
    }

    public int integer(int index) {
        JsonNode part = key.get(index);
        if (part == null || !part.canConvertToInt() || !part.isIntegralNumber()) {
            throw ProblemException.invalidParameter(PARAMETER, MALFORMED);
        }
        return part.intValue();
    }

    /** For keys stored as smallint: a value out of that range cannot have come from us. */
    public short smallInteger(int index) {
        int value = integer(index);
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw ProblemException.invalidParameter(PARAMETER, MALFORMED);
        }
        return (short) value;
    }

    public UUID uuid(int index) {
        String value = string(index);
        if (!Ref.UUID_PATTERN.matcher(value).matches()) {
            throw ProblemException.invalidParameter(PARAMETER, MALFORMED);
        }
        return UUID.fromString(value);
    }
}
