package io.animecatalogue.exchange;

import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.http.BodyLimit;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Import and export", description = "The whole catalogue, or part of it, as NDJSON: one record per line, "
        + "each with a `type` (`company`, `person`, `anthology` with its segments and credits, `release`), referring to "
        + "other records by slug. What export writes, import reads, so catalogues move between instances.")
public class ExchangeResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    CatalogueExporter exporter;

    @Inject
    CatalogueImporter importer;

    @Inject
    AuditLog audit;

    @Inject
    ExchangeSlots slots;

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @Operation(operationId = "exportCatalogue", summary = "Export the catalogue",
            description = "Streams records as NDJSON: companies, then people, anthologies and releases, each type in slug "
                    + "order, so that every record comes after the records it refers to. The file is read from one "
                    + "snapshot, and exporting the same catalogue twice gives the same bytes. Members that are null or "
                    + "empty are left out. Reads are public, like the rest of the catalogue.")
    @APIResponse(responseCode = "200", description = "The records, one per line.", content = @Content(mediaType = NDJSON,
            schema = @Schema(implementation = CatalogueRecord.class)))
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @SecurityRequirements
    public Response export(
            @Parameter(description = "Only this anthology (id or slug), its releases, and the companies and people they "
                    + "refer to: a file that imports into an empty catalogue.", example = "memories")
            @QueryParam("anthology") String anthology,
            @Parameter(description = "Only records changed at or after this time (RFC 3339). An anthology counts as "
                    + "changed when it, one of its segments or one of its credits changed. Deletions are not exported; "
                    + "the audit log lists them.", example = "2026-11-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince) {
        ExportFilter filter = exporter.filter(anthology, updatedSince);
        // taken when the body is written, before its first byte, so a 503 can still be answered; a response whose body
        // is never written (HEAD) takes none, where a slot taken here would never be given back
        StreamingOutput body = output -> {
            try (ExchangeSlots.Slot slot = slots.export()) {
                exporter.export(filter, output);
            }
        };
        return Response.ok(body, NDJSON).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({NDJSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importCatalogue", summary = "Import records",
            description = "Creates or updates records by slug, all or nothing. A record that the catalogue already holds "
                    + "as given is left alone (`unchanged`); one that differs replaces it (`updated`), keeping the ids of "
                    + "segments and credits it still lists and deleting those it no longer lists. Records not in the file "
                    + "are left alone. A record may refer only to records above it in the file or in the catalogue (export "
                    + "writes them in that order). If any record is wrong, nothing is written and the 400 lists every "
                    + "problem by line. Sending the same file twice changes nothing the second time.\n\n"
                    + "Bodies: `application/x-ndjson`, one record per line (UTF-8; a byte order mark and CRLF line ends are "
                    + "accepted; at most 1 MiB per line); or, for releases, `text/csv` (RFC 4180, UTF-8) whose header row "
                    + "names some of the columns `slug, anthology, format, country, regionCodes, publisher, releaseDate, "
                    + "releaseYear, edition, catalogNumber, barcode, aspectRatio, anamorphic, audioTracks, "
                    + "subtitleLanguages, discCount, runtimeMinutes, bonusFeatures, printStatus, segments, notes` in any "
                    + "order (`slug`, `anthology` and `format` are required). List cells separate items with `|`; an audio "
                    + "track is `language:codec:channels`, such as `ja:Dolby Digital:5.1`. An empty cell is no value.\n\n"
                    + "The body may be up to 1 GiB and is read as it arrives, never held whole. Each write is in the audit "
                    + "log under the token's subject.\n\n"
                    + "Into an empty catalogue, an import is a restore: its tables are loaded without their indexes and "
                    + "keys, which are built once at the end, and other requests wait for it to finish (each at most as "
                    + "long as a read may take, then 503 with `Retry-After`).")
    @RequestBody(description = "The records to import: NDJSON catalogue records, or a CSV of releases.", content = {
            @Content(mediaType = NDJSON, schema = @Schema(implementation = CatalogueRecord.class),
                    example = "{\"type\":\"company\",\"slug\":\"studio-4c\",\"name\":\"Studio 4°C\",\"kinds\":[\"animation_studio\"],\"country\":\"JP\"}\n"
                            + "{\"type\":\"person\",\"slug\":\"koji-morimoto\",\"name\":\"Koji Morimoto\",\"nameNative\":\"森本晃司\"}\n"),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "slug,anthology,format,country,regionCodes,audioTracks,segments\n"
                            + "memories-us-dvd,memories,dvd,US,1,ja:Dolby Digital:5.1|en:Dolby Digital:5.1,magnetic-rose|stink-bomb|cannon-fodder\n")})
    @APIResponse(responseCode = "200", description = "What the import did (or, in a dry run, would have done).")
    @APIResponse(responseCode = "400", ref = "InvalidImport")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public ImportReport importRecords(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "`true` to check the file and report what it would do, writing nothing.", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun) {
        boolean dry = Filters.flag(dryRun, "dryRun");
        InputStream limited = BodyLimit.limited(body, BodyLimit.IMPORT_MAX_BYTES);
        String actor = audit.actor();
        try (ExchangeSlots.Slot slot = slots.importing()) {
            return contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(CSV))
                    ? importer.importReleaseCsv(limited, dry, actor)
                    : importer.importNdjson(limited, dry, actor);
        } catch (ImportException e) {
            List<ProblemError> errors = e.errors().stream()
                    .map(error -> ProblemError.line(error.line(), error.pointer(), error.detail())).toList();
            throw new ProblemException(ProblemType.INVALID_IMPORT, e.count() + (e.count() == 1 ? " problem" : " problems")
                    + " in the file" + (e.count() > errors.size() ? " (the first " + errors.size() + " by line are listed)" : "")
                    + "; nothing was written.", errors);
        }
    }
}
