package io.animecatalogue.audit;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a write did: `create` (POST), `replace` (PUT), `patch` (PATCH) or `delete` (DELETE).", example = "replace")
@EnumNaming(ApiEnumNaming.class)
public enum AuditAction implements ApiEnum {
    CREATE, REPLACE, PATCH, DELETE
}
