package io.animecatalogue.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where the next page starts: the sort key of the last item served, as an opaque token. Keyset pagination (instead
 * of offsets) is what keeps pages from repeating or skipping items while the catalogue changes between requests.
 */
public final class Cursor {

    public static final String PARAMETER = "cursor";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MALFORMED = "is not a cursor this API issued; use the 'next' value of the previous page";
    private static final String FOREIGN = "is not a cursor of this list with this sort; use the 'next' value of the previous "
            + "page of the same request, or leave the cursor out to start again";

    private final ArrayNode key;

    private Cursor(ArrayNode key) {
        this.key = key;
    }

    /** Encodes a sort key made of strings, numbers and UUIDs. */
    public static String encode(Object... key) {
        return encode(array(key));
    }

    /**
     * Encodes a sort key that only the list and sort order named by {@code scope} accept back (see {@link #boundTo}).
     * The key is followed by a digest of the scope and the key: an edited token, or one from another list or another
     * {@code sort}, is refused instead of silently starting the walk somewhere else. The digest is not a secret (the
     * token is opaque, not signed), so a cursor built by hand can only ever position a walk within the list it names,
     * which every client may do anyway.
     */
    public static String encodeBound(String scope, List<Object> key) {
        ArrayNode array = array(key.toArray());
        array.add(digest(scope, array));
        return encode(array);
    }

    /** The key of a cursor issued by {@link #encodeBound} for this very scope; a 400 naming the cursor otherwise. */
    Cursor boundTo(String scope) {
        if (key.size() < 2 || !key.get(key.size() - 1).isTextual()) {
            throw ProblemException.invalidParameter(PARAMETER, FOREIGN);
        }
        ArrayNode values = key.deepCopy();
        String digest = values.remove(values.size() - 1).textValue();
        if (!MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII), digest(scope, values).getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.invalidParameter(PARAMETER, FOREIGN);
        }
        return new Cursor(values);
    }

    int size() {
        return key.size();
    }

    /** The raw part, for readers that know its type from elsewhere (see {@link Sort}); never null, but maybe a JSON null. */
    JsonNode part(int index) {
        JsonNode part = key.get(index);
        if (part == null) {
            throw malformed();
        }
        return part;
    }

    static ProblemException malformed() {
        return ProblemException.invalidParameter(PARAMETER, MALFORMED);
    }

    private static String digest(String scope, ArrayNode values) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(JSON.writeValueAsBytes(values));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha.digest(), 12));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(ArrayNode array) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(array));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode array(Object... key) {
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
        return array;
    }

    public static Cursor decode(String token) {
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
