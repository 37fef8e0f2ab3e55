package io.animecatalogue.company;

import io.animecatalogue.shared.Violations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a company that no single member's annotation can say: the one place both the API and the import ask,
 * so that neither can store a company the other would refuse.
 */
public final class CompanyRules {

    /** A company as written, by the API or in an import file: the members these rules read. */
    public interface Draft {
        List<CompanyKind> kinds();
    }

    private CompanyRules() {
    }

    /** Adds what is wrong with the draft to {@code violations}. */
    public static void check(Draft draft, Violations violations) {
        Set<CompanyKind> seen = EnumSet.noneOf(CompanyKind.class);
        List<CompanyKind> kinds = draft.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) != null && !seen.add(kinds.get(i))) {
                violations.add("/kinds/" + i, "repeats a kind listed before");
            }
        }
    }
}
