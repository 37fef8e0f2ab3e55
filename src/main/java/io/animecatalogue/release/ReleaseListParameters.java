package io.animecatalogue.release;

import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and sort of the release list; checked by {@link ReleaseService#list}. */
public class ReleaseListParameters {

    @QueryParam("format")
    @Parameter(description = "Only releases in these formats, comma-separated: `vhs`, `laserdisc`, `dvd`, `blu_ray`, "
            + "`uhd_blu_ray`, `digital`.", example = "dvd,blu_ray")
    public String format;

    @QueryParam("country")
    @Parameter(description = "Only releases for this country (ISO 3166-1 alpha-2, any case).", example = "US")
    public String country;

    @QueryParam("regionCode")
    @Parameter(description = "Only releases that list this region code: `0` to `8` (DVD), `A`, `B`, `C` (Blu-ray), or `free`.",
            example = "1")
    public String regionCode;

    @QueryParam("publisher")
    @Parameter(description = "Only releases by this publisher (a company's id or slug). An unknown company is a 400.",
            example = "discotek-media")
    public String publisher;

    @QueryParam("printStatus")
    @Parameter(description = "Only releases with these print statuses, comma-separated: `announced`, `in_print`, `out_of_print`.",
            example = "out_of_print")
    public String printStatus;

    @QueryParam("releasedFrom")
    @Parameter(description = "Only releases out on this date or later (YYYY-MM-DD, by `releaseDate`). Releases whose day is "
            + "not known are left out by either date filter.", example = "2000-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String releasedFrom;

    @QueryParam("releasedTo")
    @Parameter(description = "Only releases out on this date or earlier (YYYY-MM-DD, inclusive; not before `releasedFrom`).",
            example = "2024-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String releasedTo;

    @QueryParam("hasSegment")
    @Parameter(description = "Only releases that contain this segment (id or slug). An unknown segment is a 400.",
            example = "magnetic-rose")
    public String hasSegment;

    @QueryParam(Sort.PARAMETER)
    @Parameter(description = "The order of the list: `releaseDate`, `slug`, `createdAt`; default `slug`. " + Sort.RULES,
            example = "-releaseDate")
    public String sort;
}
