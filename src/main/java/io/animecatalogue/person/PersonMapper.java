package io.animecatalogue.person;

import io.animecatalogue.externalid.ExternalIds;

/** Between the person entity and its API records. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static PersonView toView(Person person) {
        return new PersonView(person.id, person.slug, person.name, person.nameNative, person.nameRomanized,
                person.alternateNames, person.birthDate, person.birthYear, person.deathDate, person.deathYear,
                person.biography, ExternalIds.toView(person.externalIds), person.createdAt, person.updatedAt);
    }

    public static PersonRef toRef(Person person) {
        return new PersonRef(person.id, person.slug, person.name, person.nameNative, person.nameRomanized);
    }
}
