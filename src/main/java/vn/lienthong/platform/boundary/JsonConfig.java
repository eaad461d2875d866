package vn.lienthong.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API documents it: absent values are written as null, so every documented field is present;
 * whole numbers are read strictly (see {@link JsonValues}).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withDeserializers(new JsonValues.Ints(), new JsonValues.Longs()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
