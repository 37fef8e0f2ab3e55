package io.animecatalogue.anthology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.company.Company;
import io.animecatalogue.credit.Credit;
import io.animecatalogue.credit.CreditRole;
import io.animecatalogue.credit.CreditService;
import io.animecatalogue.credit.CreditView;
import io.animecatalogue.database.ReadOnlyTransaction;
import io.animecatalogue.externalid.ExternalIds;
import io.animecatalogue.person.Person;
import io.animecatalogue.release.Release;
import io.animecatalogue.release.ReleaseService;
import io.animecatalogue.release.ReleaseView;
import io.animecatalogue.segment.Segment;
import io.animecatalogue.segment.SegmentMapper;
import io.animecatalogue.segment.SegmentService;
import io.animecatalogue.segment.SegmentView;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Includes;
import io.animecatalogue.shared.ListQuery;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Referrers;
import io.animecatalogue.shared.Slugs;
import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AnthologyService {

    @Inject
    CreditService credits;

    @Inject
    ReleaseService releases;

    @Inject
    SegmentService segmentService;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    ListItemCache itemCache;

    /** The fields the list can be sorted by; the default, slug, is the order the list always had. */
    private static final List<Sort.Field<Anthology>> SORTABLE = List.of(
            Sort.field("title", "a.title", Sort.Type.TEXT, anthology -> anthology.title),
            Sort.nullableField("releaseYear", "a.releaseYear", Sort.Type.SMALLINT, anthology -> anthology.releaseYear),
            Sort.field("slug", "a.slug", Sort.Type.TEXT, anthology -> anthology.slug),
            Sort.field("createdAt", "a.createdAt", Sort.Type.TIMESTAMP, anthology -> anthology.createdAt));

    /**
     * A page of the anthologies the parameters select, in the order they ask for. What {@code include} embeds is
     * read for the whole page at once, one statement per kind of thing, so the page costs the same number of
     * statements whether it holds one anthology or a hundred.
     */
    @ReadOnlyTransaction
    public Tagged<Page<AnthologySummary>> list(AnthologyListParameters parameters, PageRequest page, String variant,
                                               boolean whole) {
        Optional<Short> yearFrom = Filters.year(parameters.yearFrom, "yearFrom");
        Optional<Short> yearTo = Filters.year(parameters.yearTo, "yearTo");
        Filters.ordered(yearFrom, yearTo, "yearTo", "yearFrom");
        Set<AnthologyKind> kinds = Filters.codes(parameters.kind, AnthologyKind.class, "kind");
        Optional<String> country = Filters.country(parameters.country, "country");
        Optional<Company> company = Filters.ref(parameters.company, "company",
                id -> Company.<Company>findByIdOptional(id), Company::findBySlug, "company");
        Optional<Person> person = Filters.ref(parameters.person, "person",
                id -> Person.<Person>findByIdOptional(id), Person::findBySlug, "person");
        Optional<CreditRole> role = Filters.code(parameters.role, CreditRole.class, "role");
        Sort<Anthology> sort = Sort.parse(parameters.sort, "anthologies", SORTABLE, "slug", "a.id", anthology -> anthology.id);
        Set<AnthologyInclude> include = Includes.parse(parameters.include, AnthologyInclude.class);

        ListQuery<Anthology> query = ListQuery.of(Anthology.class, "Anthology a", "");
        yearFrom.ifPresent(year -> query.where("a.releaseYear >= :yearFrom", "yearFrom", year));
        yearTo.ifPresent(year -> query.where("a.releaseYear <= :yearTo", "yearTo", year));
        if (!kinds.isEmpty()) {
            query.whereIn("a.kind", "kind", kinds);
        }
        country.ifPresent(code -> query.where("a.country = :country", "country", code));
        // One set of ids rather than two exists tests joined by "or": the planner guessed that "or" kept three rows in
        // four and walked the whole slug index (22 ms) instead of reading the few hundred ids first (4 ms).
        company.ifPresent(named -> query.where("a.id in (select listing.id from Anthology listing join listing.companies link "
                + "where link.company = :company union select made.anthology.id from Segment made where made.studio = :company)",
                "company", named));
        Credit.whereCredited(query, "c.anthology = a", person, role, Optional.empty());
        return query.page(page, sort, variant, (rows, tags) -> summaries(rows, include, tags, whole));
    }

    /**
     * The page's items. The page's tag notes each anthology's two versions, which cover all that its item embeds but
     * releases, rather than every embedded row: that way an item {@link ListItemCache} kept (when the whole item is
     * asked for, without {@code fields}) is tagged as it would be if read again.
     */
    private List<AnthologySummary> summaries(List<Anthology> rows, Set<AnthologyInclude> include, EntityTags tags, boolean whole) {
        // the embedded version also covers the segment count every item shows: adding or removing a segment raises it
        rows.forEach(anthology -> tags.add(anthology.id, anthology.version)
                .add("embedded:" + anthology.id, anthology.embeddedVersion));
        boolean kept = whole && itemCache.keeps(include);
        Map<UUID, AnthologySummary> rendered = kept ? itemCache.find(rows, include) : Map.of();
        List<Anthology> unrendered = rows.stream().filter(anthology -> !rendered.containsKey(anthology.id)).toList();
        Embedded embedded = embedded(unrendered, include, EntityTags.forVariant("embedded rows, covered by embeddedVersion"));
        Map<UUID, List<ReleaseView>> releasesOf = include.contains(AnthologyInclude.RELEASES) && !rows.isEmpty()
                ? releases.ofAnthologies(rows, tags) : null;
        return rows.stream().map(anthology -> {
            AnthologySummary item = rendered.get(anthology.id);
            if (item != null) {
                return item;
            }
            item = AnthologyMapper.toSummary(anthology, embedded.segments(anthology), embedded.credits(anthology),
                    releasesOf == null ? null : releasesOf.getOrDefault(anthology.id, List.of()), embedded.companies(anthology));
            return kept ? itemCache.keep(anthology, include, item) : item;
        }).toList();
    }

    /** One anthology with what {@code include} asks for, in a number of queries that does not grow with its size. */
    @ReadOnlyTransaction
    public Tagged<AnthologyDetail> get(Ref ref, Set<AnthologyInclude> include) {
        Anthology anthology = ref.resolve(Anthology::findShownById, Anthology::findShownBySlug, "anthology");
        EntityTags tags = tagsOf(anthology, include);
        // a detail always shows its companies, read with the anthology itself
        Set<AnthologyInclude> embeds = EnumSet.noneOf(AnthologyInclude.class);
        embeds.addAll(include);
        embeds.remove(AnthologyInclude.COMPANIES);
        Embedded embedded = embedded(List.of(anthology), embeds, tags);
        List<ReleaseView> releaseViews = include.contains(AnthologyInclude.RELEASES) ? releases.ofAnthology(anthology, tags) : null;
        return tags.tag(AnthologyMapper.toDetail(anthology, embedded.segments(anthology), embedded.credits(anthology), releaseViews));
    }

    /**
     * The segments, credits and companies that {@code include} asks these anthologies to embed, noted in the tags:
     * one statement per kind, read as the columns they show, so that a page costs the same number of statements
     * whether it holds one anthology or a hundred, and does not build an entity for each of its hundreds of rows.
     */
    private Embedded embedded(List<Anthology> anthologies, Set<AnthologyInclude> include, EntityTags tags) {
        boolean withSegments = include.contains(AnthologyInclude.SEGMENTS);
        boolean withCredits = include.contains(AnthologyInclude.CREDITS);
        List<UUID> ids = anthologies.stream().map(anthology -> anthology.id).toList();
        Map<UUID, List<Segment.Embedded>> segments = null;
        if (withSegments && !ids.isEmpty()) {
            segments = new HashMap<>();
            for (Segment.Embedded segment : Segment.listEmbedded(ids)) {
                SegmentService.note(segment, tags);
                segments.computeIfAbsent(segment.anthologyId(), id -> new ArrayList<>()).add(segment);
            }
        }
        Map<UUID, CreditService.CreditsOfAnthology> credited = withCredits && !ids.isEmpty()
                ? credits.withinAnthologies(ids, withSegments, tags) : null;
        Map<UUID, List<AnthologyCompanyView>> companies = null;
        if (include.contains(AnthologyInclude.COMPANIES) && !ids.isEmpty()) {
            companies = new HashMap<>();
            for (Anthology.CompanyLink link : Anthology.listCompanyLinks(ids)) {
                tags.add(link.company().id(), link.companyVersion());
                companies.computeIfAbsent(link.anthologyId(), id -> new ArrayList<>()).add(AnthologyMapper.toView(link));
            }
        }
        return new Embedded(withSegments, withCredits, segments, credited, companies);
    }

    /** What {@link #embedded} read, by anthology; each list is null when {@code include} did not ask for it. */
    private record Embedded(boolean withSegments, boolean withCredits, Map<UUID, List<Segment.Embedded>> segmentsOf,
                            Map<UUID, CreditService.CreditsOfAnthology> creditsOf,
                            Map<UUID, List<AnthologyCompanyView>> companiesOf) {

        List<SegmentView> segments(Anthology anthology) {
            if (!withSegments) {
                return null;
            }
            CreditService.CreditsOfAnthology within = within(anthology);
            AnthologyRef ref = AnthologyMapper.toRef(anthology);
            return segmentsOf == null ? List.of() : segmentsOf.getOrDefault(anthology.id, List.of()).stream()
                    .map(segment -> SegmentMapper.toView(segment, ref, withCredits ? within.ofSegment(segment.id()) : null))
                    .toList();
        }

        List<CreditView> credits(Anthology anthology) {
            return withCredits ? within(anthology).own() : null;
        }

        List<AnthologyCompanyView> companies(Anthology anthology) {
            return companiesOf == null ? null : companiesOf.getOrDefault(anthology.id, List.of());
        }

        private CreditService.CreditsOfAnthology within(Anthology anthology) {
            return creditsOf == null ? CreditService.CreditsOfAnthology.NONE
                    : creditsOf.getOrDefault(anthology.id, CreditService.CreditsOfAnthology.NONE);
        }
    }

    public Anthology find(Ref ref) {
        return ref.resolve(id -> Anthology.<Anthology>findByIdOptional(id), Anthology::findBySlug, "anthology");
    }

    /** Creates the anthology with the companies, staff and segments the body lists, all or nothing. */
    @Transactional
    public Tagged<AnthologyDetail> create(AnthologyInput input) {
        Checked checked = check(input, null);
        Violations violations = checked.violations();
        List<Person> staff = credits.checkLines(orEmpty(input.credits()), "", violations);
        List<SegmentService.NewSegment> parts = segmentService.checkNew(orEmpty(input.segments()), violations);
        violations.throwIfAny();
        Anthology anthology = new Anthology();
        anthology.slug = Slugs.choose("/slug", input.slug(), input.title(), null, Anthology::existsWithSlug, "anthology");
        apply(input, checked.companies(), anthology);
        anthology.persist();
        Anthology.flush();
        audit.record(AuditAction.CREATE, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        credits.createLines(anthology, null, orEmpty(input.credits()), staff);
        segmentService.createNew(anthology, orEmpty(input.segments()), parts);
        return written(anthology);
    }

    @Transactional
    public Tagged<AnthologyDetail> replace(Ref ref, IfMatch ifMatch, AnthologyInput input) {
        Anthology anthology = findForChange(ref, ifMatch);
        return update(anthology, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<AnthologyDetail> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Anthology anthology = findForChange(ref, ifMatch);
        AnthologyInput merged = MergePatch.apply(mapper, AnthologyMapper.toInput(anthology), patch, AnthologyInput.class);
        return update(anthology, merged, AuditAction.PATCH);
    }

    /**
     * Deletes the anthology with what it owns (its segments and all their credits). Releases are records of their own,
     * with publishers and specs gathered separately, so an anthology that still has some is not deleted.
     */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Anthology anthology = findForChange(ref, ifMatch);
        Referrers.none()
                .add("release", "releases", Release.slugsOf(anthology))
                .refuseDeleteIfAny("the anthology '" + anthology.slug + "'", "Delete those releases first.");
        audit.record(AuditAction.DELETE, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        anthology.delete();
        Anthology.flush();
    }

    private Tagged<AnthologyDetail> update(Anthology anthology, AnthologyInput input, AuditAction action) {
        Checked checked = check(input, anthology);
        Violations violations = checked.violations();
        for (String member : List.of("credits", "segments")) {
            if (member.equals("credits") ? input.credits() != null : input.segments() != null) {
                violations.add("/" + member, "are only accepted when the anthology is created; change them through /api/v1/"
                        + member + " and leave this member out");
            }
        }
        violations.throwIfAny();
        anthology.slug = Slugs.choose("/slug", input.slug(), input.title(), anthology.slug, Anthology::existsWithSlug, "anthology");
        apply(input, checked.companies(), anthology);
        audit.record(action, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        return written(anthology);
    }

    /** What checking the anthology's own members found: the violations, and the companies its links name, in order. */
    private record Checked(Violations violations, List<Company> companies) {
    }

    /** The anthology's own members; {@code existing} is null when creating. Conflicts (409) are thrown at once. */
    private Checked check(AnthologyInput input, Anthology existing) {
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        if (input.premiereDate() != null && input.releaseYear() != null && input.premiereDate().getYear() != input.releaseYear()
                && !violations.concerns("/releaseYear")) {
            violations.add("/releaseYear", "must be the year of premiereDate (" + input.premiereDate().getYear() + ")");
        }
        Set<String> companyRoles = new HashSet<>();
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < input.companies().size(); i++) {
            AnthologyInput.CompanyLink link = input.companies().get(i);
            String pointer = "/companies/" + i;
            Company company = link == null ? null : violations.reference(pointer + "/company", link.company(),
                    ref -> ref.find(id -> Company.<Company>findByIdOptional(id), Company::findBySlug), "company");
            companies.add(company);
            if (company != null && link.role() != null && !companyRoles.add(company.id + " " + link.role())) {
                violations.add(pointer, "lists the same company in the same role as an earlier entry");
            }
        }
        if (violations.isEmpty()) {
            ExternalIds.refuseTakenByOthers(Anthology.class, "anthology", input.externalIds(), existing == null ? null : existing.id);
        }
        return new Checked(violations, companies);
    }

    /** @param companies the companies of the input's links, in the same order, all found */
    private static void apply(AnthologyInput input, List<Company> companies, Anthology anthology) {
        anthology.title = input.title();
        anthology.titleNative = input.titleNative();
        anthology.titleRomanized = input.titleRomanized();
        anthology.alternateTitles = new ArrayList<>(input.alternateTitles());
        anthology.kind = input.kind();
        anthology.premiereDate = input.premiereDate();
        anthology.releaseYear = input.premiereDate() != null ? Short.valueOf((short) input.premiereDate().getYear()) : input.releaseYear();
        anthology.country = input.country();
        anthology.runtimeMinutes = input.runtimeMinutes();
        anthology.synopsis = input.synopsis();
        anthology.coverImageUrl = input.coverImageUrl();
        anthology.externalIds = ExternalIds.of(input.externalIds());
        anthology.companies.clear();
        for (int i = 0; i < input.companies().size(); i++) {
            AnthologyInput.CompanyLink link = input.companies().get(i);
            anthology.companies.add(new AnthologyCompany(companies.get(i), link.role(), link.note()));
        }
    }

    /** Flushed and re-read, so that the version and the derived segment count are the ones now stored. */
    private Tagged<AnthologyDetail> written(Anthology anthology) {
        Anthology.flush();
        Anthology.getEntityManager().refresh(anthology);
        return tagsOf(anthology, EnumSet.noneOf(AnthologyInclude.class)).tag(AnthologyMapper.toDetail(anthology, null, null, null));
    }

    private Anthology findForChange(Ref ref, IfMatch ifMatch) {
        return ifMatch.lockAndCheck(find(ref),
                anthology -> tagsOf(anthology, EnumSet.noneOf(AnthologyInclude.class)).toEntityTag());
    }

    /** The rows the anthology's representation shows something of, before anything {@code include} embeds. */
    private static EntityTags tagsOf(Anthology anthology, Set<AnthologyInclude> include) {
        EntityTags tags = EntityTags.forVariant("anthology" + include).add(anthology.id, anthology.version);
        anthology.companies.forEach(link -> tags.add(link.company.id, link.company.version));
        return tags;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
