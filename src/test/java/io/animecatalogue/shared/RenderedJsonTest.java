package io.animecatalogue.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's JSON, with its spaces and line breaks between members, becomes the compact JSON the API answers. */
class RenderedJsonTest {

    @Test
    void whitespaceBetweenTokensGoesAndWhitespaceInStringsStays() {
        String fromPostgres = "{\"title\" : \"Magnetic  Rose\", \"alternateTitles\" : [\"Her\\tMemories\", \" \"], \n"
                + " \"credits\" : [{\"note\" : \"a \\\"quoted\\\" note \\\\ \", \"order\" : 1}, \n {\"note\" : null}]}";
        assertThat(RenderedJson.compact(fromPostgres)).isEqualTo("{\"title\":\"Magnetic  Rose\",\"alternateTitles\":"
                + "[\"Her\\tMemories\",\" \"],\"credits\":[{\"note\":\"a \\\"quoted\\\" note \\\\ \",\"order\":1},{\"note\":null}]}");
    }

    @Test
    void textIsSentAsUtf8() {
        RenderedJson json = RenderedJson.of("{\"titleNative\" : \"彼女の想いで\"}");
        assertThat(json.text()).isEqualTo("{\"titleNative\":\"彼女の想いで\"}");
        assertThat(json.size()).isEqualTo(json.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
