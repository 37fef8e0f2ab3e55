package io.animecatalogue.anthology;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Writes a list item that {@link ListItemCache} rendered before as the bytes it kept; any other item through
 * Jackson's own serializer for the record, so that both come out alike.
 */
final class RenderedItemSerializer extends StdSerializer<AnthologySummary> implements ResolvableSerializer, ContextualSerializer {

    private final JsonSerializer<Object> record;

    private RenderedItemSerializer(JsonSerializer<Object> record) {
        super(AnthologySummary.class);
        this.record = record;
    }

    @Override
    public void serialize(AnthologySummary item, JsonGenerator json, SerializerProvider provider) throws IOException {
        if (item.rendered() != null) {
            json.writeRawValue(item.rendered());
        } else {
            record.serialize(item, json, provider);
        }
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
        if (record instanceof ResolvableSerializer resolvable) {
            resolvable.resolve(provider);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
        return record instanceof ContextualSerializer contextual
                ? new RenderedItemSerializer((JsonSerializer<Object>) contextual.createContextual(provider, property)) : this;
    }

    @Singleton
    static class Registration implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("rendered-list-items").setSerializerModifier(new BeanSerializerModifier() {
                @Override
                @SuppressWarnings("unchecked")
                public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                    return bean.getBeanClass() == AnthologySummary.class
                            ? new RenderedItemSerializer((JsonSerializer<Object>) serializer) : serializer;
                }
            }));
        }
    }
}
