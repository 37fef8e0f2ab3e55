package io.animecatalogue.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.externalid.ExternalIds;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Lookup;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Referrers;
import io.animecatalogue.shared.Slugs;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import io.animecatalogue.shared.Tag;


@ApplicationScoped
public class PersonService {

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    /** What the API's bodies name a person by: their id or slug, looked up in the database. */
    public static final Lookup<Person> BY_ID_OR_SLUG = Lookup.byIdOrSlug("person",
            id -> Person.<Person>findByIdOptional(id), Person::findBySlug, person -> person.id);

    public Person find(Ref ref) {
        return ref.resolve(id -> Person.<Person>findByIdOptional(id), Person::findBySlug, "person");
    }

    @Transactional
    public Tagged<PersonView> create(PersonInput input) {
        validate(input);
        Person person = new Person();
        person.slug = Slugs.choose("/slug", input.slug(), input.name(), null, Person::existsWithSlug, "person");
        ExternalIds.refuseTakenByOthers(Person.class, "person", input.externalIds(), person.id);
        PersonMapper.apply(input, person);
        person.persist();
        return written(person, AuditAction.CREATE);
    }

    @Transactional
    public Tagged<PersonView> replace(Ref ref, IfMatch ifMatch, PersonInput input) {
        Person person = findForChange(ref, ifMatch);
        return update(person, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<PersonView> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Person person = findForChange(ref, ifMatch);
        PersonInput merged = MergePatch.apply(mapper, PersonMapper.toInput(person), patch, PersonInput.class);
        return update(person, merged, AuditAction.PATCH);
    }

    /**
     * Refused while the person is credited: those credits are part of the anthologies' records, which the foreign key
     * would protect only with a conflict that names nothing.
     */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Person person = findForChange(ref, ifMatch);
        Referrers.none()
                .add("anthology's credits", "anthologies' credits", Person.anthologySlugsCrediting(person))
                .refuseDeleteIfAny("the person '" + person.slug + "'", "Delete or reassign those credits first.");
        audit.record(AuditAction.DELETE, AuditedType.PERSON, person.id, person.slug);
        person.delete();
        Person.flush();
    }

    private Person findForChange(Ref ref, IfMatch ifMatch) {
        return ifMatch.lockAndCheck(find(ref), PersonService::tagOf);
    }

    private Tagged<PersonView> update(Person person, PersonInput input, AuditAction action) {
        validate(input);
        String slug = Slugs.choose("/slug", input.slug(), input.name(), person.slug, Person::existsWithSlug, "person");
        // checked while the person is still unchanged, so that the lookup does not flush a half-applied change first
        ExternalIds.refuseTakenByOthers(Person.class, "person", input.externalIds(), person.id);
        person.slug = slug;
        PersonMapper.apply(input, person);
        return written(person, action);
    }

    /** Flushed first, so that the version (and with it the ETag) is the one now stored. */
    private Tagged<PersonView> written(Person person, AuditAction action) {
        Person.flush();
        audit.record(action, AuditedType.PERSON, person.id, person.slug);
        return tagged(person);
    }

    private void validate(PersonInput input) {
        Violations violations = Violations.of(validator, input);
        if (input != null) {
            PersonRules.check(input, violations);
        }
        violations.throwIfAny();
    }

    private static Tagged<PersonView> tagged(Person person) {
        return new Tagged<>(PersonMapper.toView(person), tagOf(person));
    }

    private static Tag tagOf(Person person) {
        return EntityTags.forVariant("person").add(person.id, person.version).toTag();
    }
}
