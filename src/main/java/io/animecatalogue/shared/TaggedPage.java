package io.animecatalogue.shared;

/** A page of a list with its ETag, which the HTTP layer sends and compares with {@code If-None-Match}. */
public record TaggedPage(RenderedPage page, Tag tag) {
}
