package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post meant for them (the tour's P8): "what to do instead" says once that it is contact, not twice in other words. */
class PostAdviceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private JsonNode check(String history, String noContact) throws IOException {
        Path file = temp.resolve("post.json");
        Files.writeString(file, """
                {
                  "today": "2026-12-06",
                  "breakup": { "date": "2026-12-05", "initiatedBy": "them" },
                  "goal": "reconcile",
                  %s
                  "history": %s,
                  "plan": { "action": "social-post", "purpose": "feelings" }
                }
                """.formatted(noContact, history));
        Cli.Result r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aPostSaysOnceThatAPostMeantForThemIsContact() throws IOException {
        String[][] situations = {
                {"{ \"unansweredMessages\": 7 }", ""},
                {"{ \"unansweredMessages\": 0 }", ""},
                {"{ \"unansweredMessages\": 0 }", "\"noContact\": { \"since\": \"2026-12-05\", \"days\": 30 },"}};
        for (String[] situation : situations) {
            JsonNode verdict = check(situation[0], situation[1]);
            List<String> items = new ArrayList<>();
            verdict.get("doInstead").forEach(item -> items.add(item.asText()));
            assertThat(items.stream().filter(item -> item.matches("(?is).*post.*\\bis contact\\b.*")))
                    .as("%s: %s", verdict.get("reasons").get(0).get("rule").asText(), items).hasSize(1);
        }
    }
}
