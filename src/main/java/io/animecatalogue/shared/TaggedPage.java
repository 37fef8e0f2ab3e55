package io.animecatalogue.shared;

import jakarta.ws.rs.core.EntityTag;

/** A page of a list as sent, with its ETag (see {@link RenderedPage#respond}). */
public record TaggedPage(RenderedPage page, EntityTag tag) {
}
