package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** Cases can give a draft and expect notes on given lines, and none on the others. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftCasesTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final String BASE = """
            {"base": {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"},
                      "goal": "reconcile", "ties": ["belongings"], "plan": {"action": "text", "purpose": "logistics"}},
             "cases": [CASES]}""";

    static List<TestCase> load(String cases) {
        return new CaseLoader().load(BASE.replace("CASES", cases).getBytes(StandardCharsets.UTF_8), Path.of("cases.json"));
    }

    List<String> failures(String cases) {
        return load(cases).stream().flatMap(c -> new CaseRunner(rules).run(c).failures().stream()).toList();
    }

    @Test
    void aCaseWithTheRightNotesPasses() {
        assertThat(failures("""
                {"name": "books then feelings", "with": {"plan.message": "Books on Saturday?\\nI miss you"},
                 "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": [{"line": 2, "rules": ["feelings"]}]}}""")).isEmpty();
    }

    @Test
    void aNoteOnALineNotListedFails() {
        assertThat(failures("""
                {"name": "expects a clean draft", "with": {"plan.message": "Books on Saturday?\\nI miss you"},
                 "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": []}}"""))
                .containsExactly("draft line 2: expected no notes, got [feelings (\"miss you\")]");
    }

    @Test
    void aMissingNoteAndAWrongRuleFail() {
        assertThat(failures("""
                {"name": "wrong line and rule", "with": {"plan.message": "Books on Saturday?\\nI miss you"},
                 "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": [{"line": 1, "rules": ["pressure"]}]}}"""))
                .containsExactly("draft line 1: expected [pressure], got none",
                        "draft line 2: expected no notes, got [feelings (\"miss you\")]");
    }

    @Test
    void aWrongNoteShowsTheWordsThatMatched() {
        assertThat(failures("""
                {"name": "pressure read as feelings", "with": {"plan.message": "Books on Saturday?\\nPlease answer me"},
                 "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": [{"line": 2, "rules": ["feelings"]}]}}"""))
                .containsExactly("draft line 2: expected [feelings], got [pressure (\"Please answer\")]");
    }

    @Test
    void theWholeDraftIsLineZero() {
        String longDraft = "Please leave the boxes by the door on Saturday. ".repeat(10);
        assertThat(failures("""
                {"name": "long", "with": {"plan.message": "%s"},
                 "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": [{"line": 0, "rules": ["long-for-a-practical-message"]}]}}"""
                .formatted(longDraft))).isEmpty();
    }

    @Test
    void coverageNamesTheDraftRulesNoCaseDraftGetsANoteFrom() {
        List<CaseRunner.Result> results = load("""
                {"name": "feelings", "with": {"plan.message": "I miss you"}, "expect": {"verdict": "LOGISTICS_ONLY"}}""")
                .stream().map(c -> new CaseRunner(rules).run(c)).toList();
        List<String> never = DraftCoverage.neverNoted(rules, results);
        assertThat(never).doesNotContain("feelings").contains("pressure", "ultimatum", "long-for-a-practical-message");
        assertThat(never).hasSize(rules.drafts().rules().size() + 3 - 1);
    }

    @Test
    void theShippedCasesGetANoteFromEveryDraftRule() {
        List<CaseRunner.Result> results = new CaseLoader().load(List.of(ROOT.resolve("rules/tests"))).stream()
                .map(c -> new CaseRunner(rules).run(c)).toList();
        assertThat(results).allMatch(CaseRunner.Result::passed);
        assertThat(DraftCoverage.neverNoted(rules, results)).isEmpty();
    }

    @Test
    void draftNotesWithoutADraftIsAnErrorAtItsPlace() {
        assertThatThrownBy(() -> load("""
                {"name": "no draft", "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": []}}"""))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cases.json:3:").hasMessageContaining("cases[0].expect.draftNotes: this case has no draft");
    }

    @Test
    void aLinePastTheDraftsEndIsAnError() {
        assertThatThrownBy(() -> load("""
                {"name": "line 3 of 1", "with": {"plan.message": "Hi"},
                 "expect": {"verdict": "LOGISTICS_ONLY", "draftNotes": [{"line": 3, "rules": ["feelings"]}]}}"""))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("draftNotes[0].line: 3 is out of range; use a whole number from 0 to 1");
    }
}
