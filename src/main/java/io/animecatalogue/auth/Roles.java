package io.animecatalogue.auth;

/** The roles a bearer token can carry in its {@code groups} claim. Reads need none. */
public final class Roles {

    /** May create, change and delete catalogue records, and read the audit log. */
    public static final String EDITOR = "editor";
    /** May also do what cannot be undone by one more edit: delete a whole anthology with everything in it. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
