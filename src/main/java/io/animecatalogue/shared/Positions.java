package io.animecatalogue.shared;

/**
 * Places in a 1-based running or billing order (segments in an anthology, credits under their anthology or segment).
 * A client may ask for any place from the first to just after the last; the others move up or down to make room, so
 * the order never has gaps or ties.
 */
public final class Positions {

    private Positions() {
    }

    /**
     * @param requested where the client wants the item; null keeps an existing item where it is and puts a new one last
     * @param current   the item's place now, or null for a new item
     * @param size      how many items the list holds now, not counting a new one
     * @return the place, or the current one (after recording a violation) when the request is out of range
     */
    public static int target(Integer requested, Integer current, int size, String pointer, Violations violations) {
        int last = current == null ? size + 1 : size;
        if (requested == null) {
            return current == null ? last : current;
        }
        if (requested < 1 || requested > last) {
            violations.add(pointer, "must be from 1 to " + last);
            return current == null ? last : current;
        }
        return requested;
    }
}
