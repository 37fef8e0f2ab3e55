package io.animecatalogue.anthology;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A release as anthology documents embed it: the release module's view, which implements this. Named here by its
 * schema, so that the anthology module documents its {@code releases} without depending on the release module.
 */
@Schema(ref = "Release")
public interface EmbeddedRelease {
}
