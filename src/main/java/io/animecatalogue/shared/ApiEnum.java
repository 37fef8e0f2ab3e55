package io.animecatalogue.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enumerations as they appear on the wire: lowercase snake_case codes ({@code blu_ray}), accepted in any case.
 * The database stores the constant names; only the API spells them this way. Each enum carries
 * {@code @EnumNaming(ApiEnumNaming.class)} so that Jackson and the OpenAPI scanner both use the codes; {@link #code()}
 * applies the same rule for code that parses parameters.
 */
public interface ApiEnum {

    String name();

    default String code() {
        return ApiEnumNaming.external(name());
    }

    static <E extends Enum<E> & ApiEnum> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    static <E extends Enum<E> & ApiEnum> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ApiEnum::code).collect(Collectors.joining(", "));
    }
}
