package io.animecatalogue.anthology;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.http.Fields;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Includes;
import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Optional;
import java.util.Set;

/** The filters, sort and embeds of the anthology list, as the query string gives them. */
public class AnthologyListParameters {

    @QueryParam("yearFrom")
    @Parameter(description = "Only anthologies first released in this year or later (`releaseYear`, 1900 to 2100). "
            + "Anthologies of unknown year are left out by any year filter.", example = "1987",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
    public String yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Only anthologies first released in this year or earlier (inclusive; not before `yearFrom`).",
            example = "1995", schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
    public String yearTo;

    @QueryParam("kind")
    @Parameter(description = "Only anthologies of these kinds, comma-separated: `film`, `ova`, `tv`, `web`.",
            example = "film,ova")
    public String kind;

    @QueryParam("country")
    @Parameter(description = "Only anthologies produced in this country (ISO 3166-1 alpha-2, any case).", example = "JP")
    public String country;

    @QueryParam("company")
    @Parameter(description = "Only anthologies a company (id or slug) is involved in: listed among the anthology's "
            + "companies, or the studio of one of its segments. An unknown company is a 400.", example = "madhouse")
    public String company;

    @QueryParam("person")
    @Parameter(description = "Only anthologies that credit a person (id or slug) anywhere: on the anthology itself or on "
            + "any of its segments. With `role`, only in that role. An unknown person is a 400.", example = "satoshi-kon")
    public String person;

    @QueryParam("role")
    @Parameter(description = "Only anthologies where someone (with `person`, that person) is credited in this role, on "
            + "the anthology or any of its segments. One `CreditRole` code, such as `director` or `screenplay`.",
            example = "screenplay")
    public String role;

    @QueryParam(Sort.PARAMETER)
    @Parameter(description = "The order of the list: `title`, `releaseYear`, `slug`, `createdAt`; default `slug`. "
            + Sort.RULES, example = "-releaseYear,title")
    public String sort;

    @QueryParam(Includes.PARAMETER)
    @Parameter(description = "Related resources to embed in every item, comma-separated, as on `GET /api/v1/anthologies/{ref}`: "
            + "`segments` (in running order), `credits` (on the anthology, and on each embedded segment), `releases` (oldest first).",
            example = "[\"segments\", \"credits\", \"releases\"]", style = ParameterStyle.FORM, explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AnthologyInclude.class))
    public String include;

    @QueryParam(Fields.PARAMETER)
    @Parameter(description = "Only these members of each item: a card list can ask for `title,titleNative,releaseYear`, "
            + "or with `include=segments,credits`, for `title,segments.title,segments.credits.role,segments.credits.person.name`. "
            + Fields.RULES, example = "title,titleNative,releaseYear")
    public String fields;

    /**
     * Checked in order, each bad value a 400 naming its parameter; a bad value after a company or person named by id
     * or slug waits until the query has said whether those exist (see {@link ListStatement.Names}).
     */
    public AnthologyListQueries.Criteria criteria() {
        ListStatement.Names names = new ListStatement.Names();
        try {
            Optional<Short> from = Filters.year(yearFrom, "yearFrom");
            Optional<Short> to = Filters.year(yearTo, "yearTo");
            Filters.ordered(from, to, "yearTo", "yearFrom");
            Set<AnthologyKind> kinds = Filters.codes(kind, AnthologyKind.class, "kind");
            Optional<String> countryCode = Filters.country(country, "country");
            Optional<Ref> companyRef = names.filter(company, "company", "company", "company");
            Optional<Ref> personRef = names.filter(person, "person", "person", "person");
            Optional<CreditRole> creditRole = Filters.code(role, CreditRole.class, "role");
            Sort order = Sort.parse(sort, "anthologies", AnthologyListQueries.SORTABLE, "slug", "a.id");
            Set<AnthologyInclude> embeds = Includes.parse(include, AnthologyInclude.class);
            return new AnthologyListQueries.Criteria(from, to, kinds, countryCode, companyRef, personRef, creditRole, order,
                    embeds, names.list());
        } catch (ProblemException wrong) {
            throw names.wrong(wrong);
        }
    }
}
