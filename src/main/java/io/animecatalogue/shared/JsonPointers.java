package io.animecatalogue.shared;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** JSON Pointers (RFC 6901) to the member a Bean Validation violation is about. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * {@code segments[1].credits[0].role} becomes {@code /segments/1/credits/0/role}. A node's index is its place in
     * the list named by the node before it, so it is written before the node's own name.
     */
    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
