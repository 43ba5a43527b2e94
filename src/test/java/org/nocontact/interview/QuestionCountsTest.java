package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Profile;

/**
 * How many questions the interview asks over every region of the engine, each region's witness
 * replayed (safety included), per profile of the built-in rules: at most the figures in
 * docs/interview.md ("How many questions"), every witness's saved file checks to its own verdict,
 * look-again day, deciding words and lines beside the verdict, and never fewer than the questions that
 * can change the deciding rule there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionCountsTest {
    /** The median and the largest count per profile, as docs/interview.md gives them. */
    private static final Map<String, List<Integer>> DOCUMENTED = Map.of(
            "standard", List.of(11, 13),
            "strict", List.of(11, 14));

    private BuiltIn builtIn;
    private Map<String, List<QuestionCounts.Region>> regions;

    @BeforeAll
    void replayEveryRegion() {
        builtIn = BuiltIn.load();
        regions = new java.util.HashMap<>();
        for (Profile profile : builtIn.rules().profiles().values()) {
            regions.put(profile.name(), QuestionCounts.overEveryRegion(builtIn.rules(), profile));
        }
    }

    @Test
    void overEveryRegionTheInterviewAsksNoMoreThanTheDocumentedCounts() {
        regions.forEach((profile, replayed) -> {
            List<Integer> counts = replayed.stream().map(QuestionCounts.Region::questions).toList();
            assertThat(QuestionCounts.median(counts)).as(profile + " median")
                    .isLessThanOrEqualTo(DOCUMENTED.get(profile).get(0));
            assertThat(counts).as(profile + " largest").allMatch(n -> n <= DOCUMENTED.get(profile).get(1));
        });
    }

    @Test
    void everyRegionsSavedFileChecksToTheSameVerdictDayWordsAndLines() {
        regions.forEach((profile, replayed) -> assertThat(replayed)
                .as(profile + ": every witness replays to its own verdict, look-again day, words and lines")
                .allMatch(QuestionCounts.Region::agrees));
    }

    @Test
    void everyRegionAsksEverySafetyQuestionFirstUntilAnAnswerThatIsNotAClearNo() {
        long safetyQuestions = Questions.all().stream().filter(q -> q.kind().safety()).count();
        regions.forEach((profile, replayed) -> {
            for (QuestionCounts.Region region : replayed) {
                List<Key<?>> safety = region.asked().stream().filter(QuestionCountsTest::isSafety).toList();
                assertThat(region.asked().subList(0, safety.size())).as("safety first: " + region).isEqualTo(safety);
                assertThat((long) safety.size()).as("every safety question unless one stopped: " + region)
                        .isEqualTo(region.safetyStop() ? safety.size() : safetyQuestions);
                assertThat(region.questions()).as("no fewer than the questions that can change the deciding rule: "
                        + region).isGreaterThanOrEqualTo(region.fewest());
            }
        });
    }

    private static boolean isSafety(Key<?> key) {
        return Questions.all().stream().anyMatch(q -> q.key() == key && q.kind().safety());
    }
}
