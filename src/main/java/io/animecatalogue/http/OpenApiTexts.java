package io.animecatalogue.http;

/**
 * The wording that many operations' OpenAPI declarations share, kept in one place so that the same answer reads the
 * same on every resource. Each operation still says on its own resource method which of these apply to it; the named
 * responses and headers they refer to are in {@link OpenApiComponents}.
 */
public final class OpenApiTexts {

    public static final String PAGE = "One page of the list.";
    public static final String RESOURCE = "The resource.";
    public static final String CREATED = "Created: the new resource, where `Location` says, with the ETag to send in "
            + "`If-Match` when changing it.";
    public static final String CHANGED = "The resource as changed, with the ETag to send in `If-Match` next time.";
    public static final String DELETED = "Deleted.";

    public static final String NEW_RESOURCE = "The new resource.";
    public static final String WHOLE_RESOURCE = "The resource as it should be, whole.";

    public static final String IF_MATCH = "The ETag of the version being changed, from the last read or write of this "
            + "resource; `*` for any version. Without it the change is refused (428).";
    public static final String ETAG_EXAMPLE = "\"FpZoXezoxNPUTk-xhkYcpg\"";

    private OpenApiTexts() {
    }
}
