package io.animecatalogue.company;

/** Between the company entity and its API records. */
public final class CompanyMapper {

    private CompanyMapper() {
    }

    public static CompanyView toView(Company company) {
        return new CompanyView(company.id, company.slug, company.name, company.nameNative, company.nameRomanized,
                company.alternateNames, company.kinds, company.country, company.websiteUrl, company.createdAt, company.updatedAt);
    }

    /** Null in, null out: references to companies are optional in most places. */
    public static CompanyRef toRef(Company company) {
        return company == null ? null : new CompanyRef(company.id, company.slug, company.name, company.nameNative);
    }
}
