package io.animecatalogue.shared;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept document comes back byte for byte, whatever it holds, and takes less room when it repeats itself. */
class DeflatedJsonTest {

    @Test
    void aDocumentWithRepeatedMembersComesBackTheSameAndSmaller() {
        StringBuilder credits = new StringBuilder("{\"title\" : \"Memories\", \"credits\" : [");
        for (int i = 0; i < 200; i++) {
            credits.append(i == 0 ? "" : ", ").append("{\"role\" : \"key_animation\", \"person\" : {\"name\" : \"大友克洋 ")
                    .append(i).append("\"}, \"order\" : ").append(i).append('}');
        }
        RenderedJson json = RenderedJson.of(credits.append("]}").toString());

        DeflatedJson kept = DeflatedJson.of(json);

        assertThat(kept.json().utf8()).isEqualTo(json.utf8());
        assertThat(kept.weight()).isLessThan(json.size() / 3);
    }

    @Test
    void bytesThatDoNotCompressComeBackTheSame() {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        RenderedJson json = new RenderedJson(noise);

        assertThat(DeflatedJson.of(json).json().utf8()).isEqualTo(noise);
        assertThat(DeflatedJson.of(new RenderedJson(new byte[0])).json().utf8()).isEmpty();
    }

    @Test
    void oneThreadKeepsAndReadsManyDocumentsInTurn() {
        RenderedJson first = RenderedJson.of("{\"slug\" : \"memories\"}");
        RenderedJson second = RenderedJson.of("{\"slug\" : \"robot-carnival\", \"segments\" : []}");
        DeflatedJson keptFirst = DeflatedJson.of(first);
        DeflatedJson keptSecond = DeflatedJson.of(second);

        assertThat(keptSecond.json().text()).isEqualTo("{\"slug\":\"robot-carnival\",\"segments\":[]}");
        assertThat(keptFirst.json().text()).isEqualTo("{\"slug\":\"memories\"}");
    }
}
