package io.animecatalogue.http;

import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.ProblemException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.resteasy.reactive.RestResponse;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sparse response: {@code fields=title,releaseYear,segments.title} keeps only the named members of a
 * representation (of each item, in a list), so that a card list or a phone on a slow link receives what it shows
 * and nothing more. A path goes into embedded objects and lists with dots; naming an object keeps all of it. Every
 * object keeps its {@code id}, so whatever comes back can still be linked and fetched whole. The list envelope's
 * {@code page} is never cut.
 */
public final class Fields {

    public static final String PARAMETER = "fields";
    public static final String RULES = "Comma-separated member names, with dots into embedded objects and lists "
            + "(`segments.title`); every object keeps its `id`. Members that `include` embeds are there only when "
            + "included. Without `fields`, every member.";

    private static final Fields ALL = new Fields(null);
    private static final String ID = "id";
    /** The members each API record has, by JSON name, each with the record type under it (null for a leaf). */
    private static final Map<Class<?>, Map<String, Class<?>>> MEMBERS = new ConcurrentHashMap<>();

    /** The chosen members at one level; a null value keeps the member whole. Null for "everything". */
    private final Map<String, Object> chosen;

    private Fields(Map<String, Object> chosen) {
        this.chosen = chosen;
    }

    /**
     * @param representation the record one object of the response is (the item type, for a list)
     */
    public static Fields parse(String raw, Class<? extends Record> representation) {
        if (raw == null) {
            return ALL;
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (String path : raw.split(",", -1)) {
            if (path.isBlank()) {
                throw ProblemException.invalidParameter(PARAMETER, "has an empty item (an empty value before, between or after commas)");
            }
            choose(chosen, path.trim(), path.trim().split("\\.", -1), 0, representation);
        }
        return new Fields(chosen);
    }

    @SuppressWarnings("unchecked")
    private static void choose(Map<String, Object> chosen, String path, String[] names, int depth, Class<?> type) {
        Map<String, Class<?>> members = members(type);
        String name = names[depth];
        if (!members.containsKey(name)) {
            throw ProblemException.invalidParameter(PARAMETER, "names '" + path + "', but "
                    + (depth == 0 ? "the representation" : "'" + String.join(".", Arrays.copyOf(names, depth)) + "'")
                    + " has no member '" + name + "'; it has " + String.join(", ", members.keySet()));
        }
        if (depth == names.length - 1) {
            chosen.put(name, null);
            return;
        }
        if (members.get(name) == null) {
            throw ProblemException.invalidParameter(PARAMETER, "names '" + path + "', but '" + name + "' has no members to choose from");
        }
        if (chosen.containsKey(name) && chosen.get(name) == null) {
            return; // the whole member is already kept
        }
        Map<String, Object> below = (Map<String, Object>) chosen.computeIfAbsent(name, key -> new LinkedHashMap<String, Object>());
        choose(below, path, names, depth + 1, members.get(name));
    }

    private static Map<String, Class<?>> members(Class<?> type) {
        return MEMBERS.computeIfAbsent(type, record -> {
            Map<String, Class<?>> members = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                members.put(component.getName(), nested(component.getGenericType()));
            }
            return members;
        });
    }

    /** The record an object or list member holds, or null when it holds plain values. */
    private static Class<?> nested(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isRecord() ? plain : null;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return nested(generic.getActualTypeArguments()[0]);
        }
        return null;
    }

    /**
     * The response with its body cut down to the chosen members. The body is then a JSON tree rather than the record
     * the operation declares, but it serializes to the declared shape minus the members left out, as documented.
     */
    /** Whether every member is kept: then a representation may be written as it was rendered before. */
    public boolean keepsEverything() {
        return chosen == null;
    }

    /**
     * A rendered document cut down to the chosen members.
     *
     * @param page whether the document is a list page, whose items are cut and whose envelope is kept
     */
    public RenderedJson apply(RenderedJson json, boolean page, ObjectMapper mapper) {
        if (chosen == null) {
            return json;
        }
        try {
            JsonNode tree = mapper.readTree(json.utf8());
            if (page) {
                tree.get("items").forEach(item -> keep((ObjectNode) item, chosen));
            } else {
                keep((ObjectNode) tree, chosen);
            }
            return new RenderedJson(mapper.writeValueAsBytes(tree));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a rendered document is not JSON", e);
        }
    }

    public <T> RestResponse<T> apply(RestResponse<T> response, ObjectMapper mapper) {
        if (chosen == null || !response.hasEntity()) {
            return response;
        }
        Object body = response.getEntity();
        JsonNode tree = mapper.valueToTree(body);
        if (body instanceof Page<?>) {
            tree.get("items").forEach(item -> keep((ObjectNode) item, chosen));
        } else {
            keep((ObjectNode) tree, chosen);
        }
        return RestResponse.ResponseBuilder.fromResponse(response).entity((T) tree).build();
    }

    @SuppressWarnings("unchecked")
    private static void keep(ObjectNode object, Map<String, Object> chosen) {
        for (Iterator<Map.Entry<String, JsonNode>> members = object.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = member.getKey();
            if (!chosen.containsKey(name)) {
                if (!name.equals(ID)) {
                    members.remove();
                }
                continue;
            }
            Map<String, Object> below = (Map<String, Object>) chosen.get(name);
            if (below == null) {
                continue;
            }
            JsonNode value = member.getValue();
            if (value instanceof ObjectNode nested) {
                keep(nested, below);
            } else if (value instanceof ArrayNode elements) {
                elements.forEach(element -> {
                    if (element instanceof ObjectNode nested) {
                        keep(nested, below);
                    }
                });
            }
        }
    }
}
