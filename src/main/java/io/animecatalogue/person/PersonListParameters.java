package io.animecatalogue.person;

import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and sort of the people list; checked by {@link PersonService#list}. */
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
}
