package io.animecatalogue.company;

/** Between the company entity and its API records. */
public final class CompanyMapper {

    private CompanyMapper() {
    }

    public static CompanyView toView(Company company) {
        return new CompanyView(company.id, company.slug, company.name, company.nameNative, company.nameRomanized,
                company.alternateNames, company.kinds, company.country, company.websiteUrl, company.createdAt, company.updatedAt);
    }

    /** The company as a client would write it: the starting point of a merge patch. */
    public static CompanyInput toInput(Company company) {
        return new CompanyInput(company.slug, company.name, company.nameNative, company.nameRomanized,
                company.alternateNames, company.kinds, company.country, company.websiteUrl);
    }

    /** Copies everything but the slug, which {@link CompanyService} chooses. */
    public static void apply(CompanyInput input, Company company) {
        company.name = input.name();
        company.nameNative = input.nameNative();
        company.nameRomanized = input.nameRomanized();
        company.alternateNames = new java.util.ArrayList<>(input.alternateNames());
        company.kinds = new java.util.ArrayList<>(input.kinds());
        company.country = input.country();
        company.websiteUrl = input.websiteUrl();
    }

    /** Null in, null out: references to companies are optional in most places. */
    public static CompanyRef toRef(Company company) {
        return company == null ? null : new CompanyRef(company.id, company.slug, company.name, company.nameNative);
    }
}
