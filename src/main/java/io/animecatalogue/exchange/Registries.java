package io.animecatalogue.exchange;

/** The slugs an import has met, one registry per type that records refer to. */
final class Registries {

    final SlugRegistry companies = new SlugRegistry("company");
    final SlugRegistry people = new SlugRegistry("person");
    final SlugRegistry anthologies = new SlugRegistry("anthology");
    final SlugRegistry segments = new SlugRegistry("segment");
    final SlugRegistry releases = new SlugRegistry("release");

    SlugRegistry of(CatalogueRecord record) {
        if (record instanceof CompanyRecord) {
            return companies;
        }
        if (record instanceof PersonRecord) {
            return people;
        }
        return record instanceof AnthologyRecord ? anthologies : releases;
    }
}
