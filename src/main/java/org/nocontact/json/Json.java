package org.nocontact.json;

import org.nocontact.text.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A parsed JSON value that remembers where it stood in its file, so every error can point at it. */
public sealed interface Json {
    Position position();

    /** The kind of value, in the words an error message uses ("a string", "an object"...). */
    String describe();

    record Obj(Map<String, Member> members, Position position) implements Json {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        public String describe() {
            return "an object";
        }
    }

    /** An object member: its value, and where its key was written. */
    record Member(String key, Position keyPosition, Json value) {
    }

    record Arr(List<Json> items, Position position) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        public String describe() {
            return "a list";
        }
    }

    record Str(String value, Position position) implements Json {
        public String describe() {
            return "the text \"" + Texts.abbreviate(value, 30) + "\"";
        }
    }

    record Num(BigDecimal value, boolean writtenAsInteger, String text, Position position) implements Json {
        public String describe() {
            return "the number " + Texts.abbreviate(text, 30);
        }
    }

    record Bool(boolean value, Position position) implements Json {
        public String describe() {
            return value ? "true" : "false";
        }
    }

    record Null(Position position) implements Json {
        public String describe() {
            return "null";
        }
    }
}
