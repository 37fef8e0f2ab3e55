package io.animecatalogue.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A list page with its segments and credits embedded is hundreds of records; Jackson reads each of their components
 * through reflection, which was a tenth of such a page's cost. Blackbird reads them through generated lambdas instead.
 */
@Singleton
public class FastJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
