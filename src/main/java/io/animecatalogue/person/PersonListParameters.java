package io.animecatalogue.person;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Optional;

/** The filters and sort of the people list, as the query string gives them. */
public class PersonListParameters {

    @QueryParam("role")
    @Parameter(description = "Only people credited in this role somewhere (with `anthology`, there). One `CreditRole` "
            + "code, such as `director`.", example = "director")
    public String role;

    @QueryParam("anthology")
    @Parameter(description = "Only people credited on this anthology (id or slug) or on any of its segments. An unknown "
            + "anthology is a 400.", example = "memories")
    public String anthology;

    @QueryParam(Sort.PARAMETER)
    @Parameter(description = "The order of the list: `name`, `slug`, `birthYear`; default `slug`. " + Sort.RULES,
            example = "birthYear,name")
    public String sort;

    /**
     * Checked in order, each bad value a 400 naming its parameter; a bad value after an anthology named by id or slug
     * waits until the query has said whether it exists (see {@link ListStatement.Names}).
     */
    public PersonQueries.Criteria criteria() {
        ListStatement.Names names = new ListStatement.Names();
        try {
            Optional<CreditRole> creditRole = Filters.code(role, CreditRole.class, "role");
            Optional<Ref> anthologyRef = names.filter(anthology, "anthology", "anthology", "anthology");
            Sort order = Sort.parse(sort, "people", PersonQueries.SORTABLE, "slug", "p.id");
            return new PersonQueries.Criteria(creditRole, anthologyRef, order, names.list());
        } catch (ProblemException wrong) {
            throw names.wrong(wrong);
        }
    }
}
