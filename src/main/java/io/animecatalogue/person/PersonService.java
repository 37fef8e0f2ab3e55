package io.animecatalogue.person;

import io.animecatalogue.shared.Cursor;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class PersonService {

    @Transactional
    public Page<PersonView> list(PageRequest page) {
        var rows = Person.listAfter(page.after().map(cursor -> cursor.string(0)), page.fetchSize());
        return page.toPage(rows, Person.count(), PersonMapper::toView, person -> Cursor.encode(person.slug));
    }

    @Transactional
    public Tagged<PersonView> get(Ref ref) {
        Person person = find(ref);
        return EntityTags.forVariant("person").add(person.id, person.version).tag(PersonMapper.toView(person));
    }

    public Person find(Ref ref) {
        return ref.resolve(id -> Person.<Person>findByIdOptional(id), Person::findBySlug, "person");
    }
}
