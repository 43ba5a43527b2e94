package org.nocontact.json;

import org.nocontact.text.Texts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads strict JSON (UTF-8, one value, no comments, no duplicate keys) into a {@link Json} tree
 * that keeps every value's line and column. Bounded: size, nesting and string length are capped,
 * so no input can make it work without end.
 */
public final class JsonTreeReader {
    /**
     * One factory per set of limits for the whole process (a factory is thread-safe and reusable): `rules test`
     * makes a reader for every file it reads back, and each factory builds its own tables.
     */
    private static final Map<Limits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private final Limits limits;
    private final JsonFactory factory;

    public record Limits(int maxBytes, int maxDepth, int maxStringLength) {
        public static final Limits SITUATION = new Limits(1024 * 1024, 32, 64 * 1024);
        public static final Limits RULES = new Limits(1024 * 1024, 64, 64 * 1024);
    }

    public JsonTreeReader(Limits limits) {
        this.limits = limits;
        this.factory = FACTORIES.computeIfAbsent(limits, JsonTreeReader::factory);
    }

    private static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .build())
                .build();
    }

    /** Reads at most the size limit from a stream; a larger input is refused, not truncated. */
    public Json read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            throw InputException.whole(source, "the file is larger than " + (limits.maxBytes() / 1024)
                    + " KiB; a situation or rule file is a few KiB at most, so check it is the right file.");
        }
        return read(bytes, source);
    }

    public Json read(byte[] bytes, String source) {
        int bad = Utf8.firstInvalidByte(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (bad >= 0) {
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            throw InputException.at(source, "", positionAfter(before),
                    "this is not valid UTF-8 text; save the file as UTF-8.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw InputException.whole(source, "the file is empty; it should hold one JSON object.");
        }
        try (JsonParser parser = factory.createParser(text)) {
            try {
                return root(parser, source);
            } catch (StreamConstraintsException e) {
                throw InputException.at(source, "", limitPassedAt(parser, e), tooLarge(e));
            }
        } catch (JsonProcessingException e) {
            throw InputException.at(source, "", position(e.getLocation()), syntaxProblem(e));
        } catch (IOException e) {
            throw InputException.whole(source, "could not be read: " + e.getMessage());
        }
    }

    private Json root(JsonParser parser, String source) throws IOException {
        Json root = value(parser, parser.nextToken(), source);
        if (parser.nextToken() != null) {
            throw InputException.at(source, "", position(parser.currentTokenLocation()),
                    "there is more after the end of the JSON value; remove everything after its closing brace.");
        }
        return root;
    }

        private Json value(JsonParser parser, JsonToken token, String source) throws IOException {
        Position at = position(parser.currentTokenLocation());
        if (token == null) {
            throw InputException.at(source, "", at, "the JSON ends too early; check for a missing closing brace.");
        }
        return switch (token) {
            case START_OBJECT -> object(parser, at, source);
            case START_ARRAY -> array(parser, at, source);
            case VALUE_STRING -> new Json.Str(parser.getText(), at);
            case VALUE_NUMBER_INT -> number(parser.getText(), true, at, source);
            case VALUE_NUMBER_FLOAT -> number(parser.getText(), false, at, source);
            case VALUE_TRUE -> new Json.Bool(true, at);
            case VALUE_FALSE -> new Json.Bool(false, at);
            case VALUE_NULL -> new Json.Null(at);
            default -> throw InputException.at(source, "", at, "unexpected " + token + ".");
        };
    }

    /** A number as written; one whose exponent is beyond any use (1e999999999999) is refused, not a crash. */
    private static Json number(String text, boolean integral, Position at, String source) {
        try {
            return new Json.Num(new BigDecimal(text), integral, text, at);
        } catch (NumberFormatException | ArithmeticException e) {
            throw InputException.at(source, "", at, "the number " + Texts.abbreviate(text, 30)
                    + " is far too large to read; write an ordinary number.");
        }
    }

    private Json object(JsonParser parser, Position at, String source) throws IOException {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            Json value = value(parser, parser.nextToken(), source);
            if (members.containsKey(key)) {
                throw InputException.at(source, key, keyAt, "this field appears twice (first at "
                        + members.get(key).keyPosition() + "); keep only one.");
            }
            members.put(key, new Json.Member(key, keyAt, value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw InputException.at(source, "", position(parser.currentTokenLocation()),
                    "the JSON ends too early; check for a missing closing brace.");
        }
        return new Json.Obj(members, at);
    }

    private Json array(JsonParser parser, Position at, String source) throws IOException {
        List<Json> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(parser, token, source));
        }
        return new Json.Arr(items, at);
    }

    /**
     * Where a limit was passed. For nesting the parser stands just after the brace or bracket one
     * level too deep (a single character on its line), so that character is named.
     */
    private static Position limitPassedAt(JsonParser parser, StreamConstraintsException e) {
        Position after = position(parser.currentLocation());
        boolean nesting = String.valueOf(e.getMessage()).contains("nesting");
        return nesting && after.column() > 1 ? new Position(after.line(), after.column() - 1) : after;
    }

        private String tooLarge(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting")) {
            return "the JSON is nested more than " + limits.maxDepth() + " levels deep; flatten it.";
        }
        if (message.contains("String value length")) {
            return "a text value is longer than " + limits.maxStringLength() + " characters; shorten it.";
        }
        return "a number is written with too many digits; shorten it.";
    }

    /** Jackson's message, without its source excerpt, made to read as advice. */
    private static String syntaxProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "this is not valid JSON.";
        }
        int cut = message.indexOf('\n');
        message = cut >= 0 ? message.substring(0, cut) : message;
        message = message.replaceAll(" \\(code \\d+\\)", "")
                .replace(" (for Object starting at", " (for the object at");
        if (message.contains("Unexpected end-of-input")) {
            return "the JSON ends too early; check for a missing closing brace or quote.";
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "this is not valid JSON here: a field name must be in double quotes (and the last field has no comma after it).";
        }
        if (message.contains("Unexpected character")) {
            return "this is not valid JSON here: " + lowerFirst(message) + ".";
        }
        return "this is not valid JSON: " + lowerFirst(message) + ".";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.START;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static Position positionAfter(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
