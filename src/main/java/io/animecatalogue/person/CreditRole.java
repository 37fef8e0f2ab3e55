package io.animecatalogue.person;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        A staff role, from a controlled vocabulary. `original_creator`: author of the work adapted; \
        `original_story`: the story concept (原案); `general_director`: chief director over all segments (総監督); \
        `unit_director`: episode or unit direction (演出); `composition`: structure or series composition (構成); \
        the others mean what they say.""", example = "screenplay")
@EnumNaming(ApiEnumNaming.class)
public enum CreditRole implements ApiEnum {
    ORIGINAL_CREATOR, ORIGINAL_STORY, GENERAL_DIRECTOR, DIRECTOR, UNIT_DIRECTOR, SCREENPLAY, COMPOSITION, STORYBOARD,
    CHARACTER_DESIGN, MECHANICAL_DESIGN, ANIMATION_DIRECTOR, EFFECTS_ANIMATION_DIRECTOR, KEY_ANIMATION, LAYOUT,
    ART_DIRECTOR, BACKGROUND_DESIGN, BACKGROUND_ART, COLOR_DESIGN, CG_DIRECTOR, DIRECTOR_OF_PHOTOGRAPHY, EDITING,
    SOUND_DIRECTOR, SOUND_EFFECTS, MUSIC, MUSIC_ARRANGEMENT, THEME_SONG, PRODUCER, EXECUTIVE_PRODUCER, PLANNING,
    SUPERVISOR
}
