package io.animecatalogue.auth;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Says, once at start-up, how writes can be authorized on this instance. */
@Singleton
public class LocalTokenNotice {

    private static final Logger LOG = Logger.getLogger(LocalTokenNotice.class);
    /** Long enough for an afternoon of trying things; the key it is signed with dies with the process anyway. */
    static final Duration LIFETIME = Duration.ofDays(7);

    void onStart(@Observes StartupEvent event,
                 LocalTokenConfig localToken,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
                 @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        Optional<java.security.PrivateKey> signingKey = LocalTokenConfigSourceFactory.signingKey();
        if (localToken.inUse() && signingKey.isPresent()) {
            String token = Jwt.issuer(LocalTokenConfigSourceFactory.ISSUER)
                    .subject("local-editor")
                    .preferredUserName("local-editor")
                    .groups(Set.of(Roles.EDITOR, Roles.ADMIN))
                    .expiresIn(LIFETIME)
                    .sign(signingKey.get());
            LOG.infof("Editor token for local use: %s", token);
        } else if (keyLocation.isEmpty() && key.isEmpty()) {
            LOG.warn("No key to verify bearer tokens is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): reads work, "
                    + "but every write will be refused with 401.");
        }
    }
}
