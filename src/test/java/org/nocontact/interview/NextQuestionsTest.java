package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.advice.Advisor;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.authoring.TestCase;
import org.nocontact.situation.Situation;

/** Replays that share what was worked out about the next question ask exactly what separate replays ask. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NextQuestionsTest {
    private BuiltIn builtIn;

    @BeforeAll
    void load() {
        builtIn = BuiltIn.load();
    }

    /** The questions asked, in order, and the situation the replay ends with. */
    private record Said(String asked, Interview.Outcome outcome) {
    }

    private static Said replay(Interview.Outcome outcome, StringWriter asked) {
        return new Said(asked.toString(), outcome);
    }

    private static Said alone(Advisor advisor, Situation file) {
        StringWriter asked = new StringWriter();
        return replay(Interview.replaying(advisor, file, new PrintWriter(asked)).talk(Remembered.none()).outcome().orElseThrow(), asked);
    }

    private static Said sharing(NextQuestions next, Situation file) {
        StringWriter asked = new StringWriter();
        return replay(Interview.replaying(next, file, new PrintWriter(asked)).talk(Remembered.none()).outcome().orElseThrow(), asked);
    }

    @Test
    void replaysSharingTheNextQuestionsAskWhatEachWouldAskAlone() {
        for (Advisor advisor : List.of(builtIn.standard(), builtIn.strict())) {
            NextQuestions next = NextQuestions.under(advisor);
            RandomSituations random = new RandomSituations(71);
            List<Situation> files = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                files.add(random.next());
            }
            int steps = 0;
            for (Situation file : files) {
                Said shared = sharing(next, file);
                Said own = alone(advisor, file);
                assertThat(shared.asked()).as(file.toString()).isEqualTo(own.asked());
                assertThat(shared.outcome().situation()).as(file.toString()).isEqualTo(own.outcome().situation());
                assertThat(shared.outcome().asked()).isEqualTo(own.outcome().asked());
                steps += (int) shared.asked().lines().count() + 1;
            }
            assertThat(next.remembered()).as("the first answers are shared, so fewer sets of answers than steps")
                    .isPositive().isLessThan(steps);
        }
    }

    @Test
    void aSecondReplayOfTheSameSituationWorksNothingOutAgain() {
        NextQuestions next = NextQuestions.under(builtIn.standard());
        Situation file = new RandomSituations(5).next();
        Said first = sharing(next, file);
        int remembered = next.remembered();
        assertThat(remembered).as("one set of answers per question asked, and the last").isEqualTo(
                (int) first.asked().lines().count() + 1);
        int weighed = next.weighed();
        assertThat(weighed).as("what could change the advice, once per set of answers weighed").isPositive();
        Said second = sharing(next, file);
        assertThat(next.remembered()).isEqualTo(remembered);
        assertThat(next.weighed()).as("the groups and the draft weighed again from memory").isEqualTo(weighed);
        assertThat(second.asked()).isEqualTo(first.asked());
    }

    @Test
    void everyShippedCaseIsAskedTheSameQuestionsSharingTheMemoryAsAlone() {
        List<TestCase> cases = new CaseLoader().load(List.of(Path.of("rules", "tests")));
        assertThat(cases).as("the shipped suite").hasSizeGreaterThan(200);
        Map<String, NextQuestions> shared = new HashMap<>();
        for (TestCase c : cases) {
            String profile = c.profile().orElse(builtIn.rules().defaultProfile());
            NextQuestions next = shared.computeIfAbsent(profile, p -> NextQuestions.under(
                    profile.equals("strict") ? builtIn.strict() : builtIn.standard()));
            assertThat(next.advisor().profile().name()).isEqualTo(profile);
            Said together = sharing(next, c.situation());
            Said own = alone(next.advisor(), c.situation());
            assertThat(together.asked()).as(c.file() + " " + c.position() + " " + c.name()).isEqualTo(own.asked());
            assertThat(together.outcome().situation()).as(c.file() + " " + c.position()).isEqualTo(own.outcome().situation());
            assertThat(together.outcome().asked()).isEqualTo(own.outcome().asked());
        }
    }
}
