package io.animecatalogue.exchange;

/** What an import created. */
public record ImportReport(int companies, int people, int anthologies, int segments, int credits, int releases) {

    @Override
    public String toString() {
        return companies + " companies, " + people + " people, " + anthologies + " anthologies (" + segments
                + " segments, " + credits + " credits), " + releases + " releases";
    }
}
