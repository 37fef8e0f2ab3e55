package io.animecatalogue.company;

import io.animecatalogue.shared.Cursor;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class CompanyService {

    @Transactional
    public Page<CompanyView> list(PageRequest page) {
        var rows = Company.listAfter(page.after().map(cursor -> cursor.string(0)), page.fetchSize());
        return page.toPage(rows, Company.count(), CompanyMapper::toView, company -> Cursor.encode(company.slug));
    }

    @Transactional
    public Tagged<CompanyView> get(Ref ref) {
        Company company = ref.resolve(id -> Company.<Company>findByIdOptional(id), Company::findBySlug, "company");
        return EntityTags.forVariant("company").add(company.id, company.version).tag(CompanyMapper.toView(company));
    }
}
