package io.animecatalogue.exchange;

/** Why one record (by line number) cannot be imported, and where in it (a JSON Pointer into that line). */
public record ImportError(int line, String pointer, String detail) {

    @Override
    public String toString() {
        return "line " + line + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + detail;
    }
}
