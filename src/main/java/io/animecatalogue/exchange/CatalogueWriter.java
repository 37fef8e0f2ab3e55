package io.animecatalogue.exchange;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyCompany;
import io.animecatalogue.company.Company;
import io.animecatalogue.credit.Credit;
import io.animecatalogue.externalid.ExternalIds;
import io.animecatalogue.person.Person;
import io.animecatalogue.release.AudioTrack;
import io.animecatalogue.release.Release;
import io.animecatalogue.segment.Segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates the entities of records that passed every check, resolving slugs to what this import or the catalogue holds. */
final class CatalogueWriter {

    private final Map<String, Company> companies = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Anthology> anthologies = new HashMap<>();
    private final Map<String, Segment> segments = new HashMap<>();
    private final List<Segment> newSegments = new ArrayList<>();
    private final List<Credit> newCredits = new ArrayList<>();
    /** What this import created, apart from what it only looked up in the catalogue. */
    private int companyCount;
    private int personCount;
    private int anthologyCount;
    private int segmentCount;
    private int creditCount;
    private int releaseCount;

    /** Writes records in dependency order, whatever their order in the file. */
    ImportReport write(List<CatalogueRecord> records) {
        records.stream().filter(CompanyRecord.class::isInstance).map(CompanyRecord.class::cast).forEach(this::company);
        records.stream().filter(PersonRecord.class::isInstance).map(PersonRecord.class::cast).forEach(this::person);
        records.stream().filter(AnthologyRecord.class::isInstance).map(AnthologyRecord.class::cast).forEach(this::anthology);
        // by type, so that the inserts of each table go to the server in batches
        newSegments.forEach(segment -> segment.persist());
        newCredits.forEach(credit -> credit.persist());
        records.stream().filter(ReleaseRecord.class::isInstance).map(ReleaseRecord.class::cast).forEach(this::release);
        return new ImportReport(companyCount, personCount, anthologyCount, segmentCount, creditCount, releaseCount);
    }

    private void company(CompanyRecord record) {
        Company company = new Company();
        company.slug = record.slug();
        company.name = record.name();
        company.nameNative = record.nameNative();
        company.nameRomanized = record.nameRomanized();
        company.alternateNames = new ArrayList<>(record.alternateNames());
        company.kinds = new ArrayList<>(record.kinds());
        company.country = record.country();
        company.websiteUrl = record.websiteUrl();
        company.persist();
        companies.put(company.slug, company);
        companyCount++;
    }

    private void person(PersonRecord record) {
        Person person = new Person();
        person.slug = record.slug();
        person.name = record.name();
        person.nameNative = record.nameNative();
        person.nameRomanized = record.nameRomanized();
        person.alternateNames = new ArrayList<>(record.alternateNames());
        person.birthDate = record.birthDate();
        person.birthYear = yearOf(record.birthDate(), record.birthYear());
        person.deathDate = record.deathDate();
        person.deathYear = yearOf(record.deathDate(), record.deathYear());
        person.biography = record.biography();
        person.externalIds = ExternalIds.of(record.externalIds());
        person.persist();
        people.put(person.slug, person);
        personCount++;
    }

    private void anthology(AnthologyRecord record) {
        Anthology anthology = new Anthology();
        anthology.slug = record.slug();
        anthology.title = record.title();
        anthology.titleNative = record.titleNative();
        anthology.titleRomanized = record.titleRomanized();
        anthology.alternateTitles = new ArrayList<>(record.alternateTitles());
        anthology.kind = record.kind();
        anthology.releaseYear = record.releaseYear();
        anthology.premiereDate = record.premiereDate();
        anthology.country = record.country();
        anthology.runtimeMinutes = record.runtimeMinutes();
        anthology.synopsis = record.synopsis();
        anthology.coverImageUrl = record.coverImageUrl();
        anthology.externalIds = ExternalIds.of(record.externalIds());
        for (AnthologyRecord.Company link : record.companies()) {
            anthology.companies.add(new AnthologyCompany(company(link.company()), link.role(), link.note()));
        }
        anthology.persist();
        anthologies.put(anthology.slug, anthology);
        anthologyCount++;
        credits(anthology, null, record.credits());

        short position = 1;
        for (AnthologyRecord.Segment part : record.segments()) {
            Segment segment = new Segment();
            segment.slug = part.slug();
            segment.anthology = anthology;
            segment.position = position++;
            segment.title = part.title();
            segment.titleNative = part.titleNative();
            segment.titleRomanized = part.titleRomanized();
            segment.alternateTitles = new ArrayList<>(part.alternateTitles());
            segment.runtimeMinutes = part.runtimeMinutes();
            segment.synopsis = part.synopsis();
            segment.studio = part.studio() == null ? null : company(part.studio());
            segment.sourceWork = part.sourceWork();
            newSegments.add(segment);
            segments.put(segment.slug, segment);
            segmentCount++;
            credits(anthology, segment, part.credits());
        }
    }

    private void credits(Anthology anthology, Segment segment, List<AnthologyRecord.Credit> parts) {
        short position = 1;
        for (AnthologyRecord.Credit part : parts) {
            Credit credit = new Credit();
            credit.person = person(part.person());
            credit.anthology = anthology;
            credit.segment = segment;
            credit.role = part.role();
            credit.position = position++;
            credit.note = part.note();
            newCredits.add(credit);
            creditCount++;
        }
    }

    private void release(ReleaseRecord record) {
        Release release = new Release();
        release.slug = record.slug();
        release.anthology = anthologies.computeIfAbsent(record.anthology(), slug -> Anthology.findBySlug(slug).orElseThrow());
        release.format = record.format();
        release.country = record.country();
        release.regionCodes = new ArrayList<>(record.regionCodes());
        release.publisher = record.publisher() == null ? null : company(record.publisher());
        release.releaseDate = record.releaseDate();
        release.releaseYear = yearOf(record.releaseDate(), record.releaseYear());
        release.edition = record.edition();
        release.catalogNumber = record.catalogNumber();
        release.barcode = record.barcode();
        release.aspectRatio = record.aspectRatio();
        release.anamorphic = record.anamorphic();
        record.audioTracks().forEach(track -> release.audioTracks.add(new AudioTrack(track.language(), track.codec(), track.channels())));
        release.subtitleLanguages = new ArrayList<>(record.subtitleLanguages());
        release.discCount = record.discCount();
        release.runtimeMinutes = record.runtimeMinutes();
        release.bonusFeatures = new ArrayList<>(record.bonusFeatures());
        release.printStatus = record.printStatus();
        record.segments().stream().map(this::segment)
                .sorted(java.util.Comparator.comparingInt(segment -> segment.position))
                .forEach(release.segments::add);
        release.notes = record.notes();
        release.persist();
        releaseCount++;
    }

    private Company company(String slug) {
        return companies.computeIfAbsent(slug, key -> Company.findBySlug(key).orElseThrow());
    }

    private Person person(String slug) {
        return people.computeIfAbsent(slug, key -> Person.findBySlug(key).orElseThrow());
    }

    private Segment segment(String slug) {
        return segments.computeIfAbsent(slug, key -> Segment.findBySlug(key).orElseThrow());
    }

    /** A full date implies its year; records may give either or both. */
    private static Short yearOf(java.time.LocalDate date, Short year) {
        return date != null ? Short.valueOf((short) date.getYear()) : year;
    }
}
