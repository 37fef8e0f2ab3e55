package io.animecatalogue.release;

import jakarta.persistence.Embeddable;

/** One audio track of a release, in the order the disc lists them. */
@Embeddable
public class AudioTrack {

    public String language;
    public String codec;
    public String channels;

    public AudioTrack() {
    }

    public AudioTrack(String language, String codec, String channels) {
        this.language = language;
        this.codec = codec;
        this.channels = channels;
    }
}
