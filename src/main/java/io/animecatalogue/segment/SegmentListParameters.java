package io.animecatalogue.segment;

import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and sort of the segment list; checked by {@link SegmentListQueries#page}. */
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
}
