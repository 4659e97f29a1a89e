package dev.aksca.graph;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.microsoft.kiota.serialization.DefaultGsonBuilder;
import com.microsoft.kiota.serialization.ParseNode;
import com.microsoft.kiota.serialization.ParseNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Parses Graph's JSON answers into {@link JsonTreeParseNode}s; Kiota's Gson configuration for everything else. */
final class JsonTreeParseNodeFactory implements ParseNodeFactory {

    static final String CONTENT_TYPE = "application/json";

    private final Gson gson = DefaultGsonBuilder.getDefaultInstance();

    @Override
    public String getValidContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public ParseNode getParseNode(String contentType, InputStream body) {
        if (!CONTENT_TYPE.equals(contentType)) {
            throw new IllegalArgumentException("expected a " + CONTENT_TYPE + " content type");
        }
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            return new JsonTreeParseNode(JsonParser.parseReader(reader), gson);
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the reader", e);
        }
    }
}
