package io.animecatalogue.shared;

import com.fasterxml.jackson.databind.EnumNamingStrategy;

import java.util.Locale;

/**
 * How enum constants are spelled on the wire: {@code BLU_RAY} is {@code blu_ray}. Named on each API enum with
 * {@code @EnumNaming(ApiEnumNaming.class)}, which both Jackson and the OpenAPI scanner read (the scanner needs a public
 * constructor, which Jackson's built-in strategies do not have).
 */
public class ApiEnumNaming implements EnumNamingStrategy {

    @Override
    public String convertEnumToExternalName(String enumName) {
        return external(enumName);
    }

    static String external(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
