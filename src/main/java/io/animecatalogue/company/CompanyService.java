package io.animecatalogue.company;

import io.animecatalogue.shared.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Lookup;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Slugs;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;


@ApplicationScoped
public class CompanyService {

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    /** What the API's bodies name a company by: its id or slug, looked up in the database. */
    public static final Lookup<Company> BY_ID_OR_SLUG = Lookup.byIdOrSlug("company",
            id -> Company.<Company>findByIdOptional(id), Company::findBySlug, company -> company.id);

    public Company find(Ref ref) {
        return ref.resolve(id -> Company.<Company>findByIdOptional(id), Company::findBySlug, "company");
    }

    @Transactional
    public Tagged<CompanyView> create(CompanyInput input) {
        validate(input);
        Company company = new Company();
        company.slug = Slugs.choose("/slug", input.slug(), input.name(), null, Company::existsWithSlug, "company");
        CompanyMapper.apply(input, company);
        company.persist();
        return written(company, AuditAction.CREATE);
    }

    @Transactional
    public Tagged<CompanyView> replace(Ref ref, IfMatch ifMatch, CompanyInput input) {
        Company company = findForChange(ref, ifMatch);
        return update(company, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<CompanyView> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Company company = findForChange(ref, ifMatch);
        CompanyInput merged = MergePatch.apply(mapper, CompanyMapper.toInput(company), patch, CompanyInput.class);
        return update(company, merged, AuditAction.PATCH);
    }

    /** Refused while anything still refers to the company: those references are other records' facts. */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Company company = findForChange(ref, ifMatch);
        Company.referrers(company).refuseDeleteIfAny("the company '" + company.slug + "'", "Change or delete those first.");
        audit.record(AuditAction.DELETE, AuditedType.COMPANY, company.id, company.slug);
        company.delete();
        Company.flush();
    }

    private Company findForChange(Ref ref, IfMatch ifMatch) {
        return ifMatch.lockAndCheck(find(ref), CompanyService::tagOf);
    }

    private Tagged<CompanyView> update(Company company, CompanyInput input, AuditAction action) {
        validate(input);
        company.slug = Slugs.choose("/slug", input.slug(), input.name(), company.slug, Company::existsWithSlug, "company");
        CompanyMapper.apply(input, company);
        return written(company, action);
    }

    /** Flushed first, so that the version (and with it the ETag) is the one now stored. */
    private Tagged<CompanyView> written(Company company, AuditAction action) {
        Company.flush();
        audit.record(action, AuditedType.COMPANY, company.id, company.slug);
        return tagged(company);
    }

    private void validate(CompanyInput input) {
        Violations violations = Violations.of(validator, input);
        if (input != null) {
            CompanyRules.check(input, violations);
        }
        violations.throwIfAny();
    }

    private static Tagged<CompanyView> tagged(Company company) {
        return new Tagged<>(CompanyMapper.toView(company), tagOf(company));
    }

    private static Tag tagOf(Company company) {
        return EntityTags.forVariant("company").add(company.id, company.version).toTag();
    }
}
