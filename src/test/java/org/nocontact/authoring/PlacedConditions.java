package org.nocontact.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small rule set with a condition of the test's choosing at one place a condition can stand, and
 * the places themselves read from the JSON Schemas in docs/schema (where "#/$defs/condition" is
 * used), so a place the format gains is a place these tests must learn.
 */
public final class PlacedConditions {
    /** Where a condition can stand, as the schemas say: "rules[].when", "definitions.*" and so on. */
    public enum Place {
        RULE("rules.json", "rules[].when"),
        DO_INSTEAD("rules.json", "rules[].doInstead[].when"),
        DEFINITION("ruleset.json", "definitions.*"),
        ADVICE("ruleset.json", "advice[].when"),
        INVARIANT("ruleset.json", "invariants[].when");

        public final String file;
        public final String schemaPath;

        Place(String file, String schemaPath) {
            this.file = file;
            this.schemaPath = schemaPath;
        }
    }

    /** A condition true in some situations, for every place not under test. */
    public static final String PLAIN = "{\"fact\": \"emotions.anger\", \"atLeast\": 5}";

    private PlacedConditions() {
    }

    /**
     * Writes the rule set into {@code dir} with {@code condition} at {@code place}, on a line of its own,
     * and returns the file that holds it.
     */
    public static Path write(Path dir, Place place, String condition) throws IOException {
        write(dir, java.util.EnumSet.of(place), condition);
        return dir.resolve(place.file);
    }

    /** Writes the rule set into {@code dir} with {@code condition} at each of {@code places}. */
    public static void write(Path dir, Set<Place> places, String condition) throws IOException {
        String rule = places.contains(Place.RULE) ? condition : PLAIN;
        String item = places.contains(Place.DO_INSTEAD) ? condition : PLAIN;
        String definition = places.contains(Place.DEFINITION) ? condition : PLAIN;
        String advice = places.contains(Place.ADVICE) ? condition : PLAIN;
        String invariant = places.contains(Place.INVARIANT) ? condition : PLAIN;
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": [\n"
                + "{\"id\": \"angry\",\n"
                + " \"when\":\n  " + rule + ",\n"
                + " \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", \"reason\": \"R.\",\n"
                + " \"doInstead\": [\"Always shown.\", {\"text\": \"Shown sometimes.\", \"when\":\n  " + item + "}],\n"
                + " \"sources\": [\"a\"]},\n"
                + "{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", \"reason\": \"R.\", "
                + "\"sources\": [\"a\"]}]}\n");
        Files.writeString(dir.resolve("ruleset.json"), "{\"name\": \"r\", \"files\": [\"rules.json\"],\n"
                + " \"sources\": {\"a\": \"an article\"},\n"
                + " \"definitions\": {\"upset\":\n  " + definition + "},\n"
                + " \"advice\": [\"Always.\", {\"text\": \"Sometimes.\", \"when\":\n  " + advice + "}],\n"
                + " \"invariants\": [{\"id\": \"never-reach-out\", \"when\":\n  " + invariant + ",\n"
                + "  \"never\": {\"verdict\": \"REACH_OUT\"}}],\n"
                + " \"profiles\": {\"standard\": {\"precedence\": [\"angry\", \"catch-all\"]}}}\n");
    }

    /** "line:column" of {@code text} in the line of the file that holds the condition under test. */
    public static String placeOf(Path file, String text) throws IOException {
        List<String> places = placesOf(file, text);
        if (places.isEmpty()) {
            throw new AssertionError(text + " is not on a line of its own in " + file);
        }
        return places.get(0);
    }

    /** "line:column" of {@code text} in each line of the file that holds a condition under test. */
    public static List<String> placesOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> places = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  {") && lines.get(i).contains(text) && !lines.get(i).startsWith("  " + PLAIN)) {
                places.add((i + 1) + ":" + (lines.get(i).indexOf(text) + 1));
            }
        }
        return places;
    }

    /** Every path in the rule files' schemas (docs/schema) where a condition may stand. */
    public static Set<String> schemaPlaces(Path schemas) throws IOException {
        Set<String> found = new TreeSet<>();
        for (String name : List.of("rules.schema.json", "ruleset.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(schemas.resolve(name).toFile());
            walk(schema, schema, "", found, new HashSet<>());
        }
        return found;
    }

    private static void walk(JsonNode root, JsonNode node, String path, Set<String> found, Set<String> following) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (ref.equals("#/$defs/condition")) {
                found.add(path.startsWith(".") ? path.substring(1) : path);
            } else if (ref.startsWith("#/") && following.add(ref)) {
                walk(root, root.at(ref.substring(1)), path, found, following);
                following.remove(ref);
            }
        }
        node.path("properties").fields().forEachRemaining(e -> walk(root, e.getValue(), path + "." + e.getKey(), found,
                following));
        if (node.path("items").isObject()) {
            walk(root, node.get("items"), path + "[]", found, following);
        }
        if (node.path("additionalProperties").isObject()) {
            walk(root, node.get("additionalProperties"), path + ".*", found, following);
        }
        List<JsonNode> alternatives = new ArrayList<>();
        for (String each : List.of("oneOf", "anyOf", "allOf")) {
            node.path(each).forEach(alternatives::add);
        }
        alternatives.forEach(a -> walk(root, a, path, found, following));
    }

    /** The places by their schema path. */
    public static Map<String, Place> bySchemaPath() {
        Map<String, Place> places = new java.util.TreeMap<>();
        for (Place p : Place.values()) {
            places.put(p.schemaPath, p);
        }
        return places;
    }
}
