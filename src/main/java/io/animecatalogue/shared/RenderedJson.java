package io.animecatalogue.shared;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON document the database rendered, kept as the UTF-8 bytes a response sends. PostgreSQL's
 * {@code json_build_object} and {@code json_agg} put a space around every separator; the API answers compact JSON,
 * so {@link #of} drops whitespace outside strings once, as the document arrives.
 * <p>
 * Operations still declare the API record they answer with, which is what the OpenAPI document shows, and RESTEasy
 * picks the JSON writer for that record when the application is built; Jackson then writes this as its bytes.
 */
public record RenderedJson(byte[] utf8) implements JsonSerializable {

    public static RenderedJson of(String json) {
        return new RenderedJson(compact(json).getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a JSON document without insignificant whitespace; strings (and escapes in them) are kept as they are. */
    static String compact(String json) {
        StringBuilder compact = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                compact.append(c);
                if (c == '\\') {
                    compact.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                compact.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    public int size() {
        return utf8.length;
    }

    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeRawValue(new Raw(utf8));
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer type) throws IOException {
        serialize(json, provider);
    }

    /** The bytes as Jackson writes raw values: only the unquoted forms mean anything for a whole document. */
    private record Raw(byte[] utf8) implements SerializableString {

        @Override
        public String getValue() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String value = getValue();
            if (offset + value.length() > buffer.length) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < utf8.length) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }

        @Override
        public char[] asQuotedChars() {
            throw quoted();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw quoted();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw quoted();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw quoted();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw quoted();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw quoted();
        }

        private static UnsupportedOperationException quoted() {
            return new UnsupportedOperationException("a rendered document is a JSON value, not a string");
        }
    }
}
