package io.animecatalogue.database;

import io.animecatalogue.anthology.Anthology;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads run read-only on their own, and leave a writer's transaction as it was when a writer calls them. */
@QuarkusTest
class ReadOnlyTransactionTest {

    @Inject
    Session session;

    @Inject
    ReadOnlyProbe probe;

    @Test
    void aReadOfItsOwnWritesNothingEvenWhenItChangesWhatItLoaded() {
        String before = QuarkusTransaction.requiringNew().call(() -> Anthology.findBySlug("memories").orElseThrow().synopsis);
        probe.changeSynopsisWhileReading("memories", "Changed inside a read.");
        String after = QuarkusTransaction.requiringNew().call(() -> Anthology.findBySlug("memories").orElseThrow().synopsis);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aReadInsideAWritersTransactionLeavesWhatItLoadsWritable() {
        String before = QuarkusTransaction.requiringNew().call(() -> Anthology.findBySlug("memories").orElseThrow().synopsis);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                probe.synopsisOf("memories");
                assertThat(session.isDefaultReadOnly()).isFalse();
                Anthology.findBySlug("memories").orElseThrow().synopsis = "Changed inside a writer's transaction.";
            });
            String after = QuarkusTransaction.requiringNew().call(() -> Anthology.findBySlug("memories").orElseThrow().synopsis);
            assertThat(after).isEqualTo("Changed inside a writer's transaction.");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Anthology.findBySlug("memories").orElseThrow().synopsis = before);
        }
    }
}
