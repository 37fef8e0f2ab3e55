package io.animecatalogue.credit;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.person.Person;
import io.animecatalogue.person.PersonService;
import io.animecatalogue.segment.Segment;
import io.animecatalogue.shared.Cursor;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CreditService {

    @Inject
    PersonService people;

    @Transactional
    public Page<FilmographyEntry> filmography(Ref personRef, PageRequest page) {
        Person person = people.find(personRef);
        var after = page.after().map(cursor -> new Credit.FilmographyKey(cursor.smallInteger(0), cursor.string(1),
                cursor.smallInteger(2), cursor.smallInteger(3), cursor.uuid(4)));
        List<Credit> rows = Credit.listFilmography(person, after, page.fetchSize());
        return page.toPage(rows, Credit.count("person", person), CreditMapper::toFilmographyEntry, credit -> {
            Credit.FilmographyKey key = credit.filmographyKey();
            return Cursor.encode(key.year(), key.anthologySlug(), key.segmentPosition(), key.position(), key.id());
        });
    }

    /**
     * The credits within an anthology, split into its own and each segment's (those only when {@code withSegments}),
     * and noted in {@code tags}.
     */
    public CreditsOfAnthology withinAnthology(Anthology anthology, boolean withSegments, EntityTags tags) {
        List<CreditView> own = new ArrayList<>();
        Map<UUID, List<CreditView>> bySegment = new LinkedHashMap<>();
        var credits = withSegments ? Credit.listWithinAnthology(anthology) : Credit.listOnAnthologyItself(anthology);
        for (Credit credit : credits) {
            tags.add(credit.id, credit.version).add(credit.person.id, credit.person.version);
            CreditView view = CreditMapper.toView(credit);
            if (credit.segment == null) {
                own.add(view);
            } else {
                bySegment.computeIfAbsent(credit.segment.id, id -> new ArrayList<>()).add(view);
            }
        }
        return new CreditsOfAnthology(own, bySegment);
    }

    public List<CreditView> onSegment(Segment segment, EntityTags tags) {
        return Credit.listOnSegment(segment).stream()
                .peek(credit -> tags.add(credit.id, credit.version).add(credit.person.id, credit.person.version))
                .map(CreditMapper::toView)
                .toList();
    }

    public record CreditsOfAnthology(List<CreditView> own, Map<UUID, List<CreditView>> bySegment) {

        public List<CreditView> ofSegment(UUID segment) {
            return bySegment.getOrDefault(segment, List.of());
        }
    }
}
