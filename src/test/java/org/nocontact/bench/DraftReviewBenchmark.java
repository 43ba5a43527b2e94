package org.nocontact.bench;

import java.util.Arrays;
import java.util.List;
import org.nocontact.advice.draft.DraftReader;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;

/**
 * On-demand benchmark of the draft review (not a test; run with src/bench/drafts.sh). Reviews
 * 10,000-character drafts under LOGISTICS_ONLY with the shipped rules, in-process after a warm-up:
 * a realistic draft (many lines, several notes), one long line, and an adversarial draft that
 * repeats the first words of many phrases, and one that repeats the first pieces of phrases with a gap
 * and words that spellings expand. Prints the median and spread of 15 rounds.
 */
public final class DraftReviewBenchmark {
    private static final int LENGTH = 10_000;
    private static final int ROUNDS = 15;
    private static final int PER_ROUND = 200;

    private DraftReviewBenchmark() {
    }

    public static void main(String[] args) {
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        DraftReader reader = new DraftReader(rules.drafts());
        List<String[]> drafts = List.of(
                new String[] {"realistic, many lines", fill("Can I pick up my books on Saturday at 10?\n"
                        + "I miss you so much ❤️ and I can’t stop thinking about us.\nHow have you been?\n")},
                new String[] {"one long line", fill("the boxes in the hall and the desk and the lamps ").replace('\n', ' ')},
                new String[] {"adversarial prefixes", fill("i can't stop why won't you if you after all i ")},
                new String[] {"adversarial gaps", fill("if you left if you broke up ended u ur im ")});
        for (String[] draft : drafts) {
            long[] micros = new long[ROUNDS];
            for (int warm = 0; warm < 5 * PER_ROUND; warm++) {
                reader.review(draft[1], Verdict.LOGISTICS_ONLY);
            }
            int notes = reader.review(draft[1], Verdict.LOGISTICS_ONLY).notes().size();
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    reader.review(draft[1], Verdict.LOGISTICS_ONLY);
                }
                micros[round] = (System.nanoTime() - start) / 1000 / PER_ROUND;
            }
            Arrays.sort(micros);
            System.out.printf("%-24s %6d chars %4d notes: median %5d us per review (min %d, max %d)%n", draft[0],
                    draft[1].length(), notes, micros[ROUNDS / 2], micros[0], micros[ROUNDS - 1]);
        }
    }

    private static String fill(String piece) {
        StringBuilder text = new StringBuilder(LENGTH + piece.length());
        while (text.length() < LENGTH) {
            text.append(piece);
        }
        return text.substring(0, LENGTH);
    }
}
