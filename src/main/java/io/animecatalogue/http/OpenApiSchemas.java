package io.animecatalogue.http;

import io.animecatalogue.shared.Page;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the generated schemas cannot say by themselves, for every schema of a kind: readable names for the page types,
 * descriptions of the scalar types, and what Jackson does with the interchange records (discriminators, null members).
 */
final class OpenApiSchemas {

    private static final String PAGE_PREFIX = "Page";

    private OpenApiSchemas() {
    }

    static void complete(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        inlineAliases(components);
        Map<String, String> renamedPages = renamePageSchemas(components);
        referToRenamedPages(openAPI, renamedPages);
        describeScalarSchemas(components);
        requireDiscriminators(components);
        recordMembersMayBeNull(components);
        nullableReferencesAllowNull(components);
    }

    /**
     * A nullable member that refers to another schema comes out as {@code anyOf: [$ref, {type: null}]}, beside a
     * {@code type} that SmallRye sometimes leaves as {@code object} alone, depending on the order it meets the types
     * in: that would forbid the null the {@code anyOf} allows, so such a member's type allows it too.
     */
    private static void nullableReferencesAllowNull(Components components) {
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema member : schema.getProperties().values()) {
                boolean nullAllowed = member.getAnyOf() != null && member.getAnyOf().stream()
                        .anyMatch(alternative -> alternative.getType() != null && alternative.getType().contains(Schema.SchemaType.NULL));
                if (nullAllowed && member.getType() != null && !member.getType().contains(Schema.SchemaType.NULL)) {
                    member.addType(Schema.SchemaType.NULL);
                }
            }
        }
    }

    /**
     * A type that stands for another module's schema ({@code @Schema(ref = ...)} on it, such as the anthology module's
     * {@code EmbeddedRelease}) comes out as a component that is only a reference; readers get the schema it names.
     */
    private static void inlineAliases(Components components) {
        Map<String, String> aliases = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (schema.getRef() != null && schema.getProperties() == null) {
                aliases.put("#/components/schemas/" + name, schema.getRef());
            }
        });
        aliases.keySet().forEach(alias -> components.removeSchema(alias.substring(alias.lastIndexOf('/') + 1)));
        components.getSchemas().values().forEach(schema -> replaceRefs(schema, aliases));
    }

    private static void replaceRefs(Schema schema, Map<String, String> aliases) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && aliases.containsKey(schema.getRef())) {
            schema.ref(aliases.get(schema.getRef()));
        }
        replaceRefs(schema.getItems(), aliases);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> replaceRefs(property, aliases));
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> replaceRefs(alternative, aliases));
            }
        }
    }

    /** Lists answer with a page at the top of the body, so that is where a page's old name can be referred to. */
    private static void referToRenamedPages(OpenAPI openAPI, Map<String, String> renamedPages) {
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && renamedPages.containsKey(schema.getRef()))
                .forEach(schema -> schema.ref(renamedPages.get(schema.getRef())));
    }

    /**
     * A discriminator names a property every alternative must have (the import records' {@code type}); Jackson adds
     * it from the type annotation, so the generated schemas do not list it as required.
     */
    private static void requireDiscriminators(Components components) {
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getDiscriminator() == null || schema.getOneOf() == null) {
                continue;
            }
            String property = schema.getDiscriminator().getPropertyName();
            for (Schema alternative : schema.getOneOf()) {
                Schema target = components.getSchemas().get(alternative.getRef().substring(alternative.getRef().lastIndexOf('/') + 1));
                if (target.getRequired() == null || !target.getRequired().contains(property)) {
                    target.addRequired(property);
                }
            }
        }
    }

    /**
     * An import reads a null member of an interchange record as a member left out (scripts written against other
     * databases often write nulls), so the optional members of the records, and of the records inside them, say so.
     */
    private static void recordMembersMayBeNull(Components components) {
        Schema catalogueRecord = components.getSchemas().get("CatalogueRecord");
        if (catalogueRecord == null || catalogueRecord.getOneOf() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        catalogueRecord.getOneOf().forEach(alternative -> allowNulls(components, alternative.getRef(), seen));
    }

    private static void allowNulls(Components components, String ref, Set<String> seen) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Schema schema = components.getSchemas().get(name);
        if (schema == null || schema.getProperties() == null || !seen.add(name)) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((property, member) -> {
            Schema nested = member.getItems() != null ? member.getItems() : member;
            if (nested.getRef() != null) {
                allowNulls(components, nested.getRef(), seen);
            }
            if (required.contains(property) || member.getRef() != null || member.getType() == null
                    || member.getType().contains(Schema.SchemaType.NULL)) {
                return;
            }
            member.addType(Schema.SchemaType.NULL);
            if (member.getEnumeration() != null && !member.getEnumeration().contains(null)) {
                member.addEnumeration(null);
            }
        });
    }

    /** {@code PageCompanyView} reads better as {@code CompanyPage}; generics give the first, readers want the second. */
    private static Map<String, String> renamePageSchemas(Components components) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, Schema> schemas = new TreeMap<>(components.getSchemas());
        for (String name : List.copyOf(schemas.keySet())) {
            if (!name.startsWith(PAGE_PREFIX) || name.equals("PageInfo")) {
                continue;
            }
            String item = name.substring(PAGE_PREFIX.length());
            String itemSchema = components.getSchemas().containsKey(item.replaceFirst("View$", ""))
                    ? item.replaceFirst("View$", "") : item;
            String pageName = itemSchema + "Page";
            Schema page = schemas.remove(name);
            Schema itemDefinition = components.getSchemas().get(itemSchema);
            page.description("One page of a list of " + itemSchema + " items, with the cursor of the next page.");
            page.examples(List.of(OpenApiComponents.ordered(
                    "items", itemDefinition == null || itemDefinition.getExamples() == null ? List.of() : itemDefinition.getExamples(),
                    "page", OpenApiComponents.ordered("limit", 20, "next", "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0", "total", 57))));
            page.getProperties().get("items").getItems().ref("#/components/schemas/" + itemSchema);
            schemas.put(pageName, page);
            renamed.put("#/components/schemas/" + name, "#/components/schemas/" + pageName);
        }
        components.schemas(schemas);
        return renamed;
    }

    private static void describeScalarSchemas(Components components) {
        describe(components, "UUID", "An id: a UUID, lowercase, as issued by this catalogue.", "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c");
        describe(components, "LocalDate", "A calendar date, ISO-8601 `YYYY-MM-DD`.", "1995-12-23");
        describe(components, "OffsetDateTime", "An instant, ISO-8601 with offset (UTC).", "2026-11-22T10:15:30Z");
    }

    private static void describe(Components components, String name, String description, String example) {
        Schema schema = components.getSchemas().get(name);
        if (schema != null) {
            schema.description(description).examples(List.of(example));
        }
    }
}
