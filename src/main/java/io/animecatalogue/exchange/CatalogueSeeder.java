package io.animecatalogue.exchange;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.company.Company;
import io.animecatalogue.person.Person;
import io.animecatalogue.release.Release;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Loads the seed catalogue on start, so that a new instance is useful at once. Only an empty catalogue is seeded:
 * data someone entered is never touched, and a restart does not load the seed twice.
 */
@ApplicationScoped
public class CatalogueSeeder {

    static final String SEED = "seed/catalogue.ndjson";
    /** Any constant would do; it only has to be the same for every instance sharing the database. */
    private static final long SEED_LOCK = 0x5eed_ca7a_1095_0001L;
    /** Who the audit log says wrote the seed records. */
    static final String ACTOR = "catalogue-seed";
    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class);

    @Inject
    CatalogueImporter importer;

    @Inject
    ExchangeConfig config;

    void onStart(@Observes StartupEvent event) {
        if (!config.seed()) {
            LOG.info("Not loading the seed catalogue (CATALOGUE_SEED=false).");
            return;
        }
        seedIfEmpty().ifPresent(report -> LOG.infof("Loaded the seed catalogue into the empty database: %s.", report));
    }

    /** @return what was loaded, or empty when the catalogue already had data */
    public Optional<ImportReport> seedIfEmpty() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            // Instances starting together against one empty database take turns; the second then finds it seeded.
            Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)")
                    .setParameter("key", SEED_LOCK).getSingleResult();
            if (Anthology.count() + Person.count() + Company.count() + Release.count() > 0) {
                return Optional.empty();
            }
            try (InputStream seed = getClass().getClassLoader().getResourceAsStream(SEED)) {
                if (seed == null) {
                    throw new IllegalStateException(SEED + " is missing from the application");
                }
                return Optional.of(importer.importNdjson(seed, false, ACTOR));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
