package io.animecatalogue.release;

import io.animecatalogue.validation.DisplayText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AudioTrack", description = "One audio track of a release.",
        example = """
                {"language": "ja", "codec": "Dolby Digital", "channels": "5.1"}""")
public record AudioTrackView(
        @Schema(description = "Spoken language, as a BCP 47 tag.", example = "ja")
        @NotNull @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a BCP 47 language tag such as ja or en-US")
        String language,
        @Schema(description = "Audio codec as printed on the release.", example = "Dolby Digital", nullable = true)
        @DisplayText String codec,
        @Schema(description = "Channel layout, such as 2.0 or 5.1.", example = "5.1", nullable = true)
        @Pattern(regexp = "^[0-9]{1,2}\\.[0-9]$", message = "must be a channel layout such as 2.0 or 5.1") String channels) {
}
