package io.animecatalogue.shared;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bounds on what a JSON body may make the parser do. No document of this API nests deeper than a handful of levels, so
 * a body that does is refused early and cheaply; a body sent without a length is cut off at the size limit. (Strings
 * are bounded by that limit too, and their allowed lengths are checked member by member, with a pointer.)
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;
    /** The largest JSON body a write takes (an import streams its own, larger, limit). */
    public static final long MAX_DOCUMENT_BYTES = 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build());
    }
}
