package io.animecatalogue.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.agroal.api.AgroalDataSource;
import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.database.ReadOnlyTransaction;
import io.animecatalogue.database.StatementTimeout;
import io.animecatalogue.shared.Filters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the catalogue in the interchange format: companies, people, anthologies, then releases, each type in slug
 * order, so every record comes after those it refers to and two exports of the same catalogue are the same bytes.
 * It reads a page at a time from one snapshot, so memory stays flat and concurrent writes never tear the file.
 */
@ApplicationScoped
public class CatalogueExporter {

    private static final int PAGE = 500;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ExchangeConfig config;

    private ObjectWriter writer;

    @PostConstruct
    void init() {
        // absent and empty members are left out, as in a hand-written file: a record holds what is known
        writer = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY).writerFor(CatalogueRecord.class)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The filter the export parameters describe; 400 naming the parameter when one is wrong. */
    @ReadOnlyTransaction
    public ExportFilter filter(String anthology, String updatedSince) {
        return new ExportFilter(
                Filters.ref(anthology, "anthology", id -> Anthology.<Anthology>findByIdOptional(id), Anthology::findBySlug, "anthology")
                        .map(found -> found.id).orElse(null),
                Filters.instant(updatedSince, "updatedSince").orElse(null));
    }

    public void export(ExportFilter filter, OutputStream output) {
        QuarkusTransaction.requiringNew().timeout((int) config.imports().timeout().toSeconds()).run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction isolation level repeatable read, read only");
                    statement.execute(StatementTimeout.LIFT);
                }
                RecordLoader loader = new RecordLoader(connection);
                pages(output, filter.companies(), where -> loader.companies(where, PAGE));
                pages(output, filter.people(), where -> loader.people(where, PAGE));
                pages(output, filter.anthologies(), where -> loader.anthologies.load(where, PAGE).stream()
                        .map(loaded -> new RecordLoader.Loaded<>(loaded.id(), loaded.record())).toList());
                pages(output, filter.releases(), where -> loader.releases(where, PAGE));
                output.flush();
            } catch (SQLException e) {
                throw new IllegalStateException("Export failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface Page<R extends CatalogueRecord> {
        List<RecordLoader.Loaded<R>> read(Selection where) throws SQLException;
    }

    private <R extends CatalogueRecord> void pages(OutputStream output, Selection where, Page<R> page)
            throws SQLException, IOException {
        String after = "";
        while (true) {
            List<RecordLoader.Loaded<R>> records = page.read(where.and(Selection.of("slug > ?", after)));
            for (RecordLoader.Loaded<R> record : records) {
                writer.writeValue(output, record.record());
                output.write('\n');
            }
            if (records.size() < PAGE) {
                return;
            }
            after = records.get(records.size() - 1).record().slug();
        }
    }
}
