package io.animecatalogue.exchange;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * One line of the catalogue interchange format (NDJSON): a typed record that refers to other records by slug, never
 * by database id, so that a catalogue can move between instances.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CompanyRecord.class, name = "company"),
        @JsonSubTypes.Type(value = PersonRecord.class, name = "person"),
        @JsonSubTypes.Type(value = AnthologyRecord.class, name = "anthology"),
        @JsonSubTypes.Type(value = ReleaseRecord.class, name = "release")})
public sealed interface CatalogueRecord permits CompanyRecord, PersonRecord, AnthologyRecord, ReleaseRecord {

    String slug();

    /** Absent lists mean empty ones. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
