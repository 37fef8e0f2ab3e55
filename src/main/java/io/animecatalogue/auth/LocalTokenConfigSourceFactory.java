package io.animecatalogue.auth;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a newcomer try writes at once: on the embedded-database default with no token verification key configured,
 * the service makes a throw-away RSA key pair, trusts only its public half, and {@link LocalTokenNotice} logs an editor
 * token signed with the private half. The private key lives in this process's memory only, so nothing committed or
 * written to disk can sign a token that any instance, let alone production, accepts.
 */
public class LocalTokenConfigSourceFactory implements ConfigSourceFactory {

    public static final String ENABLED = "catalogue.auth.local-token.enabled";
    /** Set only when the local key is in use; read by {@link LocalTokenNotice}. */
    static final String IN_USE = "catalogue.auth.local-token.in-use";
    static final String ISSUER = "urn:anime-catalogue:local";

    private static volatile PrivateKey signingKey;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT
                || !"true".equalsIgnoreCase(valueOf(context, ENABLED).orElse("true"))
                || valueOf(context, "quarkus.datasource.jdbc.url").isPresent()
                || valueOf(context, "mp.jwt.verify.publickey.location").isPresent()
                || valueOf(context, "mp.jwt.verify.publickey").isPresent()) {
            return List.of();
        }
        KeyPair keys = generate();
        signingKey = keys.getPrivate();
        // Below every source a person can set (application.properties is 250, environment variables 300).
        return List.of(new PropertiesConfigSource(Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER,
                IN_USE, "true"),
                "local-editor-token", 150));
    }

    static Optional<PrivateKey> signingKey() {
        return Optional.ofNullable(signingKey);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    private static Optional<String> valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? Optional.empty() : Optional.of(value.getValue());
    }
}
