package dev.aksca.graph;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.microsoft.kiota.PeriodAndDuration;
import com.microsoft.kiota.serialization.AdditionalDataHolder;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ParseNode;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedBoolean;
import com.microsoft.kiota.serialization.UntypedDouble;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedNull;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import com.microsoft.kiota.serialization.ValuedEnumParser;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Kiota's JSON parse node over a Gson tree, reading the scalars Graph sends (strings, booleans, numbers, date-times,
 * GUIDs) straight from the tree. Kiota's own node hands every scalar to {@code Gson.fromJson}, which builds a reader
 * with a 1 KiB buffer per value: a quarter of what a sign-in page allocated. Anything else, and any value those fast
 * paths reject, still goes through Kiota's Gson, so values and errors are Kiota's.
 */
final class JsonTreeParseNode implements ParseNode {

    private final JsonElement node;
    private final Gson gson;
    private Consumer<Parsable> onBefore;
    private Consumer<Parsable> onAfter;

    JsonTreeParseNode(JsonElement node, Gson gson) {
        this.node = Objects.requireNonNull(node, "node");
        this.gson = gson;
    }

    private JsonTreeParseNode child(JsonElement element) {
        JsonTreeParseNode child = new JsonTreeParseNode(element, gson);
        child.onBefore = onBefore;
        child.onAfter = onAfter;
        return child;
    }

    @Override
    public ParseNode getChildNode(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        JsonElement element = node.isJsonObject() ? node.getAsJsonObject().get(identifier) : null;
        return element == null ? null : child(element);
    }

    @Override
    public String getStringValue() {
        return node.isJsonPrimitive() ? text(node) : null;
    }

    private String text(JsonElement element) {
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        return gson.fromJson(element, String.class);
    }

    @Override
    public Boolean getBooleanValue() {
        return scalar(Boolean.class, JsonPrimitive::isBoolean, JsonPrimitive::getAsBoolean);
    }

    @Override
    public Integer getIntegerValue() {
        return scalar(Integer.class, JsonPrimitive::isNumber, JsonPrimitive::getAsInt);
    }

    @Override
    public Long getLongValue() {
        return scalar(Long.class, JsonPrimitive::isNumber, JsonPrimitive::getAsLong);
    }

    @Override
    public Double getDoubleValue() {
        return scalar(Double.class, JsonPrimitive::isNumber, JsonPrimitive::getAsDouble);
    }

    @Override
    public Byte getByteValue() {
        return scalar(Byte.class);
    }

    @Override
    public Short getShortValue() {
        return scalar(Short.class);
    }

    @Override
    public BigDecimal getBigDecimalValue() {
        return scalar(BigDecimal.class);
    }

    @Override
    public Float getFloatValue() {
        return scalar(Float.class);
    }

    @Override
    public byte[] getByteArrayValue() {
        return scalar(byte[].class);
    }

    /** Read straight from the tree when the JSON type is the one Graph sends; Kiota's Gson adapter otherwise. */
    private <T> T scalar(Class<T> type, Predicate<JsonPrimitive> direct, Function<JsonPrimitive, T> read) {
        if (node instanceof JsonPrimitive primitive && direct.test(primitive)) {
            return read.apply(primitive);
        }
        return scalar(type);
    }

    private <T> T scalar(Class<T> type) {
        return node.isJsonPrimitive() ? gson.fromJson(node, type) : null;
    }

    @Override
    public UUID getUUIDValue() {
        return parsed(UUID.class, UUID::fromString);
    }

    @Override
    public OffsetDateTime getOffsetDateTimeValue() {
        return parsed(OffsetDateTime.class, OffsetDateTime::parse);
    }

    private <T> T parsed(Class<T> type, Function<String, T> parser) {
        if (node instanceof JsonPrimitive primitive && primitive.isString()) {
            try {
                return parser.apply(primitive.getAsString());
            } catch (IllegalArgumentException | DateTimeException e) {
                // Kiota's adapter decides: it reads a date-time without an offset as UTC, and reports the rest.
            }
        }
        return gson.fromJson(node, type);
    }

    @Override
    public LocalDate getLocalDateValue() {
        return gson.fromJson(node, LocalDate.class);
    }

    @Override
    public LocalTime getLocalTimeValue() {
        return gson.fromJson(node, LocalTime.class);
    }

    @Override
    public PeriodAndDuration getPeriodAndDurationValue() {
        return gson.fromJson(node, PeriodAndDuration.class);
    }

    @Override
    public <T extends Enum<T>> T getEnumValue(ValuedEnumParser<T> enumParser) {
        return enumOf(getStringValue(), enumParser);
    }

    private static <T extends Enum<T>> T enumOf(String raw, ValuedEnumParser<T> enumParser) {
        return raw == null || raw.isEmpty() ? null : enumParser.forValue(raw);
    }

    @Override
    public <T extends Enum<T>> EnumSet<T> getEnumSetValue(ValuedEnumParser<T> enumParser) {
        String raw = getStringValue();
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (String item : raw.split(",")) {
            T value = enumParser.forValue(item);
            if (value != null) {
                values.add(value);
            }
        }
        return EnumSet.copyOf(values);
    }

    @Override
    public <T> List<T> getCollectionOfPrimitiveValues(Class<T> targetClass) {
        Objects.requireNonNull(targetClass, "targetClass");
        JsonArray array = array(true);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        for (JsonElement item : array) {
            values.add(targetClass == String.class ? targetClass.cast(text(item)) : gson.fromJson(item, targetClass));
        }
        return values;
    }

    @Override
    public <T extends Enum<T>> List<T> getCollectionOfEnumValues(ValuedEnumParser<T> enumParser) {
        Objects.requireNonNull(enumParser, "enumParser");
        JsonArray array = array(true);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        for (JsonElement item : array) {
            T value = item.isJsonNull() ? null : enumOf(text(item), enumParser);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    @Override
    public <T extends Parsable> List<T> getCollectionOfObjectValues(ParsableFactory<T> factory) {
        Objects.requireNonNull(factory, "factory");
        JsonArray array = array(false);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        for (JsonElement item : array) {
            values.add(child(item).getObjectValue(factory));
        }
        return values;
    }

    /** Kiota's rules: null for JSON null; anything but an array is an error for scalars and null for objects. */
    private JsonArray array(boolean strict) {
        if (node.isJsonArray()) {
            return node.getAsJsonArray();
        }
        if (strict && !node.isJsonNull()) {
            throw new IllegalStateException("invalid state expected to have an array node");
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Parsable> T getObjectValue(ParsableFactory<T> factory) {
        Objects.requireNonNull(factory, "factory");
        T item = factory.create(this);
        if (item.getClass() == UntypedNode.class) {
            return (T) untyped(node);
        }
        if (node.isJsonObject()) {
            assignFields(item, node.getAsJsonObject());
        }
        return item;
    }

    private void assignFields(Parsable item, JsonObject object) {
        if (onBefore != null) {
            onBefore.accept(item);
        }
        Map<String, Consumer<ParseNode>> deserializers = item.getFieldDeserializers();
        Map<String, Object> additionalData =
                item instanceof AdditionalDataHolder holder ? holder.getAdditionalData() : null;
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            JsonElement value = field.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            Consumer<ParseNode> deserializer = deserializers.get(field.getKey());
            if (deserializer != null) {
                deserializer.accept(child(value));
            } else if (additionalData != null) {
                additionalData.put(field.getKey(), value.isJsonPrimitive() ? primitive(value) : untyped(value));
            }
        }
        if (onAfter != null) {
            onAfter.accept(item);
        }
    }

    private static Object primitive(JsonElement element) {
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        return primitive.isString() ? primitive.getAsString() : primitive.getAsDouble();
    }

    private static UntypedNode untyped(JsonElement element) {
        if (element.isJsonNull()) {
            return new UntypedNull();
        }
        if (element.isJsonPrimitive()) {
            Object value = primitive(element);
            if (value instanceof Boolean bool) {
                return new UntypedBoolean(bool);
            }
            return value instanceof String text ? new UntypedString(text) : new UntypedDouble((Double) value);
        }
        if (element.isJsonObject()) {
            Map<String, UntypedNode> properties = new HashMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> properties.put(e.getKey(), untyped(e.getValue())));
            return new UntypedObject(properties);
        }
        List<UntypedNode> items = new ArrayList<>();
        element.getAsJsonArray().forEach(item -> items.add(untyped(item)));
        return new UntypedArray(items);
    }

    @Override
    public Consumer<Parsable> getOnBeforeAssignFieldValues() {
        return onBefore;
    }

    @Override
    public Consumer<Parsable> getOnAfterAssignFieldValues() {
        return onAfter;
    }

    @Override
    public void setOnBeforeAssignFieldValues(Consumer<Parsable> value) {
        onBefore = value;
    }

    @Override
    public void setOnAfterAssignFieldValues(Consumer<Parsable> value) {
        onAfter = value;
    }
}
