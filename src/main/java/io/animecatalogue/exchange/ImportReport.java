package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or (in a dry run) would have done, per record type. */
@Schema(name = "ImportReport", description = "What an import did, or in a dry run would have done, per record type.",
        example = """
                {"dryRun": false, "durationMillis": 412, "companies": {"created": 10, "updated": 0, "unchanged": 0}, \
                "people": {"created": 20, "updated": 1, "unchanged": 0}, \
                "anthologies": {"created": 5, "updated": 0, "unchanged": 2}, \
                "releases": {"created": 8, "updated": 0, "unchanged": 0}}""")
public record ImportReport(
        @Schema(description = "True when nothing was written (`dryRun=true`).") boolean dryRun,
        @Schema(description = "How long the import took on the server, in milliseconds.") long durationMillis,
        @Schema(description = "Companies.") Counts companies,
        @Schema(description = "People.") Counts people,
        @Schema(description = "Anthologies; an anthology counts as updated when anything it holds changed, its "
                + "segments and credits included.") Counts anthologies,
        @Schema(description = "Releases; a release counts as updated when any of its members changed, its audio tracks "
                + "and segments included.") Counts releases) {

    @Schema(name = "ImportCounts", description = "Records of one type: new to the catalogue, changed, or already there as given.",
            example = """
                    {"created": 5, "updated": 1, "unchanged": 2}""")
    public record Counts(
            @Schema(description = "Records the catalogue did not have.") int created,
            @Schema(description = "Records it had with other values; they were replaced.") int updated,
            @Schema(description = "Records it had exactly as given; they were not touched.") int unchanged) {

        public static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
        }
    }

    @Override
    public String toString() {
        return "companies " + companies + ", people " + people + ", anthologies " + anthologies + ", releases " + releases
                + " in " + durationMillis + " ms" + (dryRun ? " (dry run, nothing written)" : "");
    }
}
