package io.animecatalogue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure, held by the compiled classes rather than by review: modules by aggregate without circles,
 * HTTP at the edge, and resources that go through services and queries.
 */
class ArchitectureTest {

    private static final String HTTP = "io.animecatalogue.http..";
    /** A resource, or the class a resource binds its query parameters to: the HTTP edge of its module. */
    private static final DescribedPredicate<JavaClass> HTTP_ADAPTER = DescribedPredicate.describe("a resource or its parameters",
            type -> isAdapter(type) || type.getEnclosingClass().map(ArchitectureTest::isAdapter).orElse(false));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.animecatalogue");
    }

    /**
     * A circle between modules means neither can be understood, tested or changed without the other. "Who still
     * refers to me" is asked of the referring tables ({@code database.ReferringSlugs}), not of the referring module, and
     * the releases anthology documents embed come through {@code anthology.ReleasesOfAnthology} and
     * {@code anthology.EmbeddedRelease}, which the release module implements.
     */
    @Test
    void modulesDependOnEachOtherWithoutCircles() {
        slices().matching("io.animecatalogue.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Services and queries take typed inputs and return tags, not headers, so that the import can call them too. */
    @Test
    void onlyTheHttpLayerUsesJaxRs() {
        noClasses().that().resideOutsideOfPackage(HTTP).and(DescribedPredicate.not(HTTP_ADAPTER))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .because("headers, ETags, status codes and query strings are the HTTP layer's: resources, their "
                        + "parameter classes and the http package")
                .check(classes);
    }

    @Test
    void nothingBelowTheHttpLayerReachesUpIntoIt() {
        noClasses().that().resideOutsideOfPackage(HTTP).and(DescribedPredicate.not(HTTP_ADAPTER))
                .should().dependOnClassesThat(HTTP_ADAPTER)
                .orShould().dependOnClassesThat().resideInAPackage(HTTP)
                .check(classes);
    }

    private static boolean isAdapter(JavaClass type) {
        return type.getPackageName().startsWith("io.animecatalogue")
                && (type.getSimpleName().endsWith("Resource") || type.getSimpleName().endsWith("Parameters"));
    }

    /** A resource that changes an entity itself skips the rules and the transaction its service owns. */
    @Test
    void resourcesGoThroughServicesAndQueries() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }
}
