package io.animecatalogue.person;

import io.animecatalogue.externalid.ExternalIds;

import java.util.ArrayList;

/** Between the person entity and its API records. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static PersonView toView(Person person) {
        return new PersonView(person.id, person.slug, person.name, person.nameNative, person.nameRomanized,
                person.alternateNames, person.birthDate, person.birthYear, person.deathDate, person.deathYear,
                person.biography, ExternalIds.toView(person.externalIds), person.createdAt, person.updatedAt);
    }

    /** The person as a client would write them: the starting point of a merge patch. */
    public static PersonInput toInput(Person person) {
        return new PersonInput(person.slug, person.name, person.nameNative, person.nameRomanized, person.alternateNames,
                person.birthDate, person.birthYear, person.deathDate, person.deathYear, person.biography,
                ExternalIds.toView(person.externalIds));
    }

    /** Copies everything but the slug, which {@link PersonService} chooses, with the years {@link PersonRules} derives. */
    public static void apply(PersonInput input, Person person) {
        person.name = input.name();
        person.nameNative = input.nameNative();
        person.nameRomanized = input.nameRomanized();
        person.alternateNames = new ArrayList<>(input.alternateNames());
        person.birthDate = input.birthDate();
        person.birthYear = PersonRules.birthYear(input);
        person.deathDate = input.deathDate();
        person.deathYear = PersonRules.deathYear(input);
        person.biography = input.biography();
        person.externalIds = ExternalIds.of(input.externalIds());
    }

    public static PersonRef toRef(Person person) {
        return new PersonRef(person.id, person.slug, person.name, person.nameNative, person.nameRomanized);
    }
}
