package io.animecatalogue.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.animecatalogue.database.StatementTimeout;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Imports catalogue records, all or nothing: they are upserted by slug inside one transaction, which is rolled back
 * when any record fails (and for a dry run). The seed catalogue and the data generator load through here too.
 */
@ApplicationScoped
public class CatalogueImporter {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    AgroalDataSource dataSource;

    /** A large catalogue takes minutes; the transaction must outlive it. */
    @Inject
    ExchangeConfig config;

    /**
     * @param actor who the audit log names as the author of the changes
     * @throws ImportException listing the problems by line, when any record fails; nothing is written then
     */
    public ImportReport importNdjson(InputStream input, boolean dryRun, String actor) {
        return run(new NdjsonSource(input, json), dryRun, actor);
    }

    /** Releases from a CSV file with a header row ({@link ReleaseCsvSource#COLUMNS}). */
    public ImportReport importReleaseCsv(InputStream input, boolean dryRun, String actor) {
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return run(new ReleaseCsvSource(reader, json), dryRun, actor);
    }

    private ImportReport run(RecordSource source, boolean dryRun, String actor) {
        try {
            return QuarkusTransaction.joiningExisting().timeout((int) config.imports().timeout().toSeconds()).call(() -> {
                ImportReport report;
                ImportRun run;
                try (Connection connection = dataSource.getConnection()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(StatementTimeout.LIFT);
                    }
                    run = new ImportRun(connection, validator, actor);
                    try (ReadAhead records = new ReadAhead(source, run.errors, run::validate)) {
                        ReadAhead.Checked record;
                        while ((record = records.next()) != null) {
                            run.add(record.line(), record.valid());
                        }
                    }
                    report = run.finish(dryRun);
                }
                if (source.records() == 0 && run.errors.isEmpty()) {
                    run.errors.add(1, "", "the file holds no records");
                }
                if (!run.errors.isEmpty()) {
                    throw run.errors.toException();
                }
                if (dryRun) {
                    throw new DryRunDone(report);
                }
                return report;
            });
        } catch (DryRunDone done) {
            return done.report;
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof IOException) {
                // the client stopped sending, or the connection broke: nothing was written
                throw new ProblemException(ProblemType.INVALID_REQUEST, "The request body could not be read to its end.");
            }
            throw e;
        }
    }

    /** Ends a dry run by rolling its transaction back, with the report of what it would have done. */
    private static final class DryRunDone extends RuntimeException {

        final ImportReport report;

        DryRunDone(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
