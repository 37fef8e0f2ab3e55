package io.animecatalogue.exchange;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.animecatalogue.externalid.ExternalIdsView;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One line of the catalogue interchange format (NDJSON): a typed record that refers to other records by slug, never
 * by database id, so that a catalogue can move between instances.
 */
@Schema(name = "CatalogueRecord", description = "One line of the import and export format: a record whose `type` says "
        + "which of the four kinds it is. Records refer to each other by slug, never by id.",
        example = """
                {"type": "company", "slug": "studio-4c", "name": "Studio 4°C", "kinds": ["animation_studio"], "country": "JP"}""",
        oneOf = {CompanyRecord.class, PersonRecord.class, AnthologyRecord.class, ReleaseRecord.class},
        discriminatorProperty = "type", discriminatorMapping = {
                @DiscriminatorMapping(value = "company", schema = CompanyRecord.class),
                @DiscriminatorMapping(value = "person", schema = PersonRecord.class),
                @DiscriminatorMapping(value = "anthology", schema = AnthologyRecord.class),
                @DiscriminatorMapping(value = "release", schema = ReleaseRecord.class)})
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CompanyRecord.class, name = "company"),
        @JsonSubTypes.Type(value = PersonRecord.class, name = "person"),
        @JsonSubTypes.Type(value = AnthologyRecord.class, name = "anthology"),
        @JsonSubTypes.Type(value = ReleaseRecord.class, name = "release")})
public sealed interface CatalogueRecord permits CompanyRecord, PersonRecord, AnthologyRecord, ReleaseRecord {

    String slug();

    /**
     * The record as the catalogue would give it back: what can be derived is filled in (a year from its date) and
     * what means nothing is dropped (external ids that are all null), so that equal content compares equal.
     */
    CatalogueRecord canonical();

    /** Absent lists mean empty ones. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static ExternalIdsView orNull(ExternalIdsView ids) {
        return ids == null || ids.equals(NO_EXTERNAL_IDS) ? null : ids;
    }

    ExternalIdsView NO_EXTERNAL_IDS = new ExternalIdsView(null, null, null, null, null);
}
