package io.animecatalogue.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * The identity provider of the tests: a key pair made when the suite starts, whose public half the service is told to
 * trust exactly as production trusts its provider's. No key is committed.
 */
@QuarkusTestResource(TestTokens.class)
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "urn:anime-catalogue:test";
    private static final KeyPair TRUSTED = generate();
    private static final KeyPair FORGER = generate();

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(TRUSTED.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }

    /** A request carrying a valid token of someone with the editor role. */
    public static RequestSpecification asEditor() {
        return given().auth().oauth2(editor());
    }

    /** A request carrying a valid token with the editor and admin roles. */
    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(token("test-admin", Set.of(Roles.EDITOR, Roles.ADMIN)));
    }

    public static String editor() {
        return token("test-editor", Set.of(Roles.EDITOR));
    }

    public static String token(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).subject(subject).groups(groups).expiresIn(Duration.ofHours(1)).sign(TRUSTED.getPrivate());
    }

    public static String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(3));
        return Jwt.issuer(ISSUER).subject("test-editor").groups(Set.of(Roles.EDITOR))
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1))).sign(TRUSTED.getPrivate());
    }

    /** Well-formed and with the role, but signed by a key the service does not trust. */
    public static String forged() {
        return Jwt.issuer(ISSUER).subject("test-editor").groups(Set.of(Roles.EDITOR))
                .expiresIn(Duration.ofHours(1)).sign(FORGER.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
