package io.animecatalogue.release;

import io.animecatalogue.anthology.AnthologyQueries;
import io.animecatalogue.anthology.ReleasesOfAnthology;
import io.animecatalogue.database.SqlJson;
import jakarta.enterprise.context.ApplicationScoped;

/** The release views of {@link ReleaseQueries}, embedded in the anthology documents. */
@ApplicationScoped
class ReleasesOfAnthologySql implements ReleasesOfAnthology {

    @Override
    public String json(String a) {
        return SqlJson.array(ReleaseQueries.view("r", "rp", AnthologyQueries.ref(a)),
                "from video_release r left join company rp on rp.id = r.publisher_id where r.anthology_id = " + a + ".id",
                ReleaseQueries.CHRONOLOGICAL);
    }

    @Override
    public String tagRows(String a) {
        return ReleaseQueries.tagRows("r.anthology_id = " + a + ".id");
    }
}
