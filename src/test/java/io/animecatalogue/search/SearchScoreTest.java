package io.animecatalogue.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The score's tiers, and its trigram similarity against pg_trgm's own. */
@QuarkusTest
class SearchScoreTest {

    @Inject
    EntityManager entityManager;

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            memories        | memories             | 1.000
            memory          | memory tower         | 0.875
            memory          | memory towers        | 0.869
            otomo katsuhiro | katsuhiro otomo      | 0.750
            rose            | magnetic rose        | 0.646
            宮              | 迷宮物語             | 0.475
            katsuhiro otomu | katsuhiro otomo      | 0.350
            zzz             | memories             | 0.000
            """)
    void eachTierScoresAboveTheNext(String query, String form, double expected) {
        assertThat(SearchScore.shown(SearchScore.of(query, form))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "similarity({0}, {1})")
    @CsvSource(delimiter = '|', textBlock = """
            word            | two words
            labyrnth        | labyrinth tower
            katsuhiro otomu | katsuhiro otomo
            harbour         | harbor
            大友克羊        | 大友克洋
            a b c           | abc
            x               | ''
            ''              | ''
            """)
    void similarityIsPgTrgmsOwn(String a, String b) {
        float own = SearchScore.similarity(a == null ? "" : a, b == null ? "" : b);
        float theirs = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select similarity(cast(:a as text), cast(:b as text))")
                .setParameter("a", a == null ? "" : a).setParameter("b", b == null ? "" : b).getSingleResult()).floatValue());
        assertThat(own).isEqualTo(theirs);
    }
}
