package io.animecatalogue.release;

import io.animecatalogue.database.ListStatement;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The filters and sort of the release list, as the query string gives them. */
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

    /** The region codes the schema allows, as clients write them: letters in capitals, {@code free} in lowercase. */
    private static final Set<String> REGION_CODES = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "A", "B", "C", "free");

    /**
     * Checked in order, each bad value a 400 naming its parameter; a bad value after a publisher or segment named by id
     * or slug waits until the query has said whether those exist (see {@link ListStatement.Names}).
     */
    public ReleaseQueries.Criteria criteria() {
        ListStatement.Names names = new ListStatement.Names();
        try {
            Set<ReleaseFormat> formats = Filters.codes(format, ReleaseFormat.class, "format");
            Optional<String> countryCode = Filters.country(country, "country");
            Optional<String> region = regionCode(regionCode);
            Optional<Ref> publisherRef = names.filter(publisher, "publisher", "company", "company");
            Set<PrintStatus> statuses = Filters.codes(printStatus, PrintStatus.class, "printStatus");
            Optional<LocalDate> from = Filters.date(releasedFrom, "releasedFrom");
            Optional<LocalDate> to = Filters.date(releasedTo, "releasedTo");
            Filters.ordered(from, to, "releasedTo", "releasedFrom");
            Optional<Ref> segment = names.filter(hasSegment, "hasSegment", "segment", "segment");
            Sort order = Sort.parse(sort, "releases", ReleaseQueries.SORTABLE, "slug", "r.id");
            return new ReleaseQueries.Criteria(formats, countryCode, region, publisherRef, statuses, from, to, segment, order,
                    names.list());
        } catch (ProblemException wrong) {
            throw names.wrong(wrong);
        }
    }

    private static Optional<String> regionCode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.trim().equalsIgnoreCase("free") ? "free" : raw.trim().toUpperCase(Locale.ROOT);
        if (!REGION_CODES.contains(code)) {
            throw ProblemException.invalidParameter("regionCode", "must be a region code: 0 to 8, A, B, C or free");
        }
        return Optional.of(code);
    }
}
