package io.animecatalogue.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): the patch is laid over the resource's current input document, and the result is read
 * and validated exactly like the body of a {@code PUT}, so both ways of changing a resource obey the same rules.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    public static <T> T apply(ObjectMapper mapper, T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.INVALID_BODY, "A merge patch must be a JSON object.",
                    List.of(ProblemError.pointer("", "must be a JSON object")));
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        try {
            return mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The patched document cannot be read.", List.of(JsonErrors.describe(e)));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The patched document cannot be read.",
                    List.of(ProblemError.pointer("", "has a value that cannot be read here")));
        }
    }

    /** RFC 7396 section 2: objects merge member by member, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
