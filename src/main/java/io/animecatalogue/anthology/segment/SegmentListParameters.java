package io.animecatalogue.anthology.segment;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Optional;

/** The filters and sort of the segment list, as the query string gives them. */
public class SegmentListParameters {

    @QueryParam("anthology")
    @Parameter(description = "Only the segments of this anthology (id or slug). An unknown anthology is a 400.", example = "memories")
    public String anthology;

    @QueryParam("person")
    @Parameter(description = "Only segments that credit this person (id or slug); with `role`, in that role. Credits on a "
            + "whole anthology do not count for its segments. An unknown person is a 400.", example = "satoshi-kon")
    public String person;

    @QueryParam("role")
    @Parameter(description = "Only segments where someone (with `person`, that person) is credited in this role. One "
            + "`CreditRole` code, such as `director`.", example = "director")
    public String role;

    @QueryParam("studio")
    @Parameter(description = "Only segments made by this studio (a company's id or slug). An unknown company is a 400.",
            example = "studio-4c")
    public String studio;

    @QueryParam(Sort.PARAMETER)
    @Parameter(description = "The order of the list: `title`, `slug`, `runtimeMinutes`; default `slug`. " + Sort.RULES,
            example = "-runtimeMinutes")
    public String sort;

    /**
     * Checked in order, each bad value a 400 naming its parameter; a bad value after an anthology, person or studio
     * named by id or slug waits until the query has said whether those exist (see {@link ListStatement.Names}).
     */
    public SegmentListQueries.Criteria criteria() {
        ListStatement.Names names = new ListStatement.Names();
        try {
            Optional<Ref> anthologyRef = names.filter(anthology, "anthology", "anthology", "anthology");
            Optional<Ref> personRef = names.filter(person, "person", "person", "person");
            Optional<CreditRole> creditRole = Filters.code(role, CreditRole.class, "role");
            Optional<Ref> studioRef = names.filter(studio, "studio", "company", "company");
            Sort order = Sort.parse(sort, "segments", SegmentListQueries.SORTABLE, "slug", "s.id");
            return new SegmentListQueries.Criteria(anthologyRef, personRef, creditRole, studioRef, order, names.list());
        } catch (ProblemException wrong) {
            throw names.wrong(wrong);
        }
    }
}
