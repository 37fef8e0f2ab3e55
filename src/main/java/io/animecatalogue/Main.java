package io.animecatalogue;

import io.animecatalogue.exchange.SyntheticCatalogueLoader;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * Without arguments, the service. With {@code generate [anthologies]}, a one-off run that fills the configured database
 * with a synthetic catalogue (default 100,000 anthologies) and exits, without opening the HTTP port.
 */
@QuarkusMain
public class Main {

    static final String GENERATE = "generate";

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals(GENERATE)) {
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(Application.class, args);
    }

    public static class Application implements QuarkusApplication {

        @Inject
        SyntheticCatalogueLoader generator;

        @Override
        public int run(String... args) {
            if (args.length > 0 && args[0].equals(GENERATE)) {
                int anthologies = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
                generator.load(anthologies);
                return 0;
            }
            Quarkus.waitForExit();
            return 0;
        }
    }
}
