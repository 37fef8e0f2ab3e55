package io.animecatalogue.anthology;

import io.animecatalogue.company.Company;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A company's part in an anthology, in the order the anthology lists its companies. */
@Embeddable
public class AnthologyCompany {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Company company;

    @Enumerated(EnumType.STRING)
    public CompanyRole role;

    public String note;

    public AnthologyCompany() {
    }

    public AnthologyCompany(Company company, CompanyRole role, String note) {
        this.company = company;
        this.role = role;
        this.note = note;
    }
}
