package io.animecatalogue.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.animecatalogue.anthology.Anthology;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;

/**
 * Fills the database with a {@link SyntheticCatalogue} through the importer, batch by batch (one transaction each), so
 * that what is measured on it went in the way any catalogue data goes in.
 */
@ApplicationScoped
public class SyntheticCatalogueLoader {

    /** Who the audit log says wrote the synthetic records. */
    static final String ACTOR = "synthetic-catalogue";
    private static final Logger LOG = Logger.getLogger(SyntheticCatalogueLoader.class);

    @Inject
    CatalogueImporter importer;

    @Inject
    ObjectMapper mapper;

    /**
     * Adds synthetic anthologies until the catalogue holds at least {@code anthologies} of them; batches already
     * loaded by an earlier run are skipped, so a run can be repeated or resumed.
     */
    public void load(int anthologies) {
        ObjectWriter writer = mapper.writerFor(CatalogueRecord.class);
        int batches = (anthologies + SyntheticCatalogue.BATCH - 1) / SyntheticCatalogue.BATCH;
        long started = System.nanoTime();
        int loaded = 0;
        for (int batch = 0; batch < batches; batch++) {
            String first = "g" + batch + "-0";
            if (QuarkusTransaction.requiringNew().call(() -> Anthology.existsWithSlug(first))) {
                continue;
            }
            int size = Math.min(SyntheticCatalogue.BATCH, anthologies - batch * SyntheticCatalogue.BATCH);
            StringBuilder ndjson = new StringBuilder();
            for (CatalogueRecord record : SyntheticCatalogue.batch(batch, size)) {
                ndjson.append(json(writer, record)).append('\n');
            }
            importer.importNdjson(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)), false, ACTOR);
            loaded += size;
            if ((batch + 1) % 20 == 0 || batch == batches - 1) {
                double seconds = (System.nanoTime() - started) / 1e9;
                LOG.infof("Synthetic catalogue: %d of %d anthologies loaded in this run, %.0f anthologies/s.",
                        loaded, anthologies, loaded / seconds);
            }
        }
        LOG.infof("Synthetic catalogue ready: %d anthologies added in %.1f s.", loaded, (System.nanoTime() - started) / 1e9);
    }

    private static String json(ObjectWriter writer, CatalogueRecord record) {
        try {
            return writer.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
