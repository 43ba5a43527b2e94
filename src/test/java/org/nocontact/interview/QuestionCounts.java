package org.nocontact.interview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;

/**
 * How many questions the interview asks, over a set of situation files, per profile (run by
 * src/bench/question-counts.sh). {@code export DIR} writes the engine's witnesses (one per region,
 * per profile) and a seeded random set; {@code count DIR} replays every file of DIR/PROFILE and
 * DIR/random under that profile and prints the mean and the largest count, and how many disagree.
 */
public final class QuestionCounts {
    private QuestionCounts() {
    }

    public static void main(String[] args) throws IOException {
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        if (args[0].equals("table")) {
            System.out.println("| profile | regions | safety stops | median | mean | largest | disagree | fewest any order could ask: median / largest |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Profile profile : rules.profiles().values()) {
                List<Region> regions = overEveryRegion(rules, profile);
                if (args.length > 1) {
                    regions.forEach(r -> System.out.println(profile.name() + " " + r));
                }
                System.out.println(row(profile.name(), regions));
            }
            return;
        }
        Path dir = Path.of(args[1]);
        if (args[0].equals("export")) {
            export(rules, dir);
            return;
        }
        for (Profile profile : rules.profiles().values()) {
            for (String set : List.of(profile.name(), "random")) {
                count(new Advisor(rules, profile), profile.name(), set, read(dir.resolve(set)));
            }
        }
    }

    /**
     * One region of the engine, replayed through the interview with its witness: the questions asked
     * (safety included), and the fewest any order of the same questions could ask there while still
     * asking every question whose answer, with every other answer as the witness has it, could
     * change the deciding rule (the same questions always asked, the same groups, the same draft).
     */
    record Region(String decider, List<Key<?>> asked, int fewest, boolean safetyStop, boolean agrees) {
        int questions() {
            return asked.size();
        }

        @Override
        public String toString() {
            return questions() + " (at least " + fewest + ") " + decider + " " + asked + (agrees ? "" : " DISAGREES");
        }
    }

    /** Every region of the profile, its witness replayed through the interview. */
    static List<Region> overEveryRegion(RuleSet rules, Profile profile) {
        Advisor advisor = new Advisor(rules, profile);
        DecidingRules deciding = DecidingRules.of(rules, profile);
        List<Question<?>> questions = Questions.all();
        List<Region> regions = new ArrayList<>();
        for (Leaf leaf : Explorer.explore(Space.of(rules).everything(), List.of(profile)).leaves()) {
            Replays replay = Replays.of(advisor, leaf.witness());
            // the questions put, in order, as the replay named them: a two-part question's parts said with it are
            // answers, not questions
            List<Key<?>> asked = replay.put();
            if (asked.size() != replay.questions()) {
                throw new IllegalStateException("the outcome lists " + asked + ", the replay asked " + replay.questions());
            }
            int fewest = replay.said().safetyStop() ? asked.size() : fewest(questions, deciding,
                    advisor.evaluate(leaf.witness()).facts(), Answers.of(leaf.witness()), asked);
            regions.add(new Region(leaf.decider(0).id(), asked, fewest, replay.said().safetyStop(),
                    replay.mismatch().isEmpty()));
        }
        return regions;
    }

    /**
     * The fewest questions any order could ask at this witness: every safety question, every
     * question always asked that applies, every other question whose answer, with every other answer
     * as the witness has it, could change the deciding rule (with the rest of its group that applies),
     * and the draft where it was asked (it is asked by the verdict, not weighed); the feelings that count
     * as one question (they are asked together), who ended it with the goal as one, and so do the questions of where
     * things stand where the list was put.
     */
    private static int fewest(List<Question<?>> questions, DecidingRules deciding, org.nocontact.rules.Facts facts,
                              Answers answers, List<Key<?>> asked) {
        int fewest = 0;
        int feelings = 0;
        int standing = 0;
        int whoAndGoal = 0;
        Answers counted = answers;
        for (Question<?> q : questions) {
            if (saidWithItsQuestion(q, asked)) {
                continue; // said with the two-part question it belongs to, which was asked
            }
            boolean count = q.applies().test(answers) && switch (q.relevance()) {
                case ALWAYS -> true;
                case WITH_ITS_GROUP -> false; // below: the rest of a group that a counted answer opens
                case WHEN_IT_COULD_CHANGE_THE_ADVICE -> deciding.read(facts, q.key().facts())
                        .map(r -> r.deciders().size() > 1).orElse(false);
                case WHEN_THE_VERDICT_READS_A_DRAFT -> asked.contains(q.key());
            };
            if (count) {
                fewest++;
                feelings += Questions.FEELINGS.contains(q.key()) ? 1 : 0;
                standing += asked.contains(Key.STANDING) && Standing.KEYS.contains(q.key()) ? 1 : 0;
                whoAndGoal += Questions.ASKED_AS_ONE.contains(q.key()) ? 1 : 0;
            } else if (q.relevance() != Question.Relevance.WITH_ITS_GROUP) {
                counted = counted.without(q.key());
            }
        }
        for (Question<?> q : questions) {
            if (q.relevance() == Question.Relevance.WITH_ITS_GROUP && q.applies().test(answers) && q.applies().test(counted)
                    && !saidWithItsQuestion(q, asked)) { // the day their message arrived, said with what it was about
                fewest++;
            }
        }
        // the feelings that count are asked as one question; so are who ended it and the goal, and where things stand,
        // where it was asked as one list
        return fewest - Math.max(0, feelings - 1) - Math.max(0, whoAndGoal - 1) - Math.max(0, standing - 1);
    }

    private static boolean saidWithItsQuestion(Question<?> q, List<Key<?>> asked) {
        return Questions.PARTS.entrySet().stream().anyMatch(p -> p.getValue().contains(q.key()) && asked.contains(p.getKey()));
    }

    static int median(List<Integer> counts) {
        List<Integer> sorted = counts.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String row(String profile, List<Region> regions) {
        List<Integer> counts = regions.stream().map(Region::questions).toList();
        List<Integer> fewest = regions.stream().map(Region::fewest).toList();
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %d | %d | %d / %d |", profile, regions.size(),
                regions.stream().filter(Region::safetyStop).count(), median(counts),
                counts.stream().mapToInt(Integer::intValue).average().orElse(0), counts.stream().max(Integer::compare).orElse(0),
                regions.stream().filter(r -> !r.agrees()).count(), median(fewest), fewest.stream().max(Integer::compare).orElse(0));
    }

    private static void export(RuleSet rules, Path dir) throws IOException {
        for (Profile profile : rules.profiles().values()) {
            List<Leaf> leaves = Explorer.explore(Space.of(rules).everything(), List.of(profile)).leaves();
            List<Situation> witnesses = leaves.stream().map(Leaf::witness).toList();
            write(dir.resolve(profile.name()), witnesses);
        }
        RandomSituations random = new RandomSituations(2027);
        List<Situation> situations = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            situations.add(random.next());
        }
        write(dir.resolve("random"), situations);
    }

    private static void write(Path dir, List<Situation> situations) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < situations.size(); i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%05d.json", i)), SituationWriter.write(situations.get(i)));
        }
    }

    private static List<Situation> read(Path dir) throws IOException {
        SituationReader reader = new SituationReader(java.time.LocalDate.of(2027, 1, 1));
        try (Stream<Path> files = Files.list(dir)) {
            List<Situation> out = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                out.add(reader.read(Files.readAllBytes(file), file.toString()));
            }
            return out;
        }
    }

    private static void count(Advisor advisor, String profile, String set, List<Situation> situations) {
        long total = 0;
        int largest = 0;
        int wrong = 0;
        long started = System.nanoTime();
        for (Situation s : situations) {
            Replays replay = Replays.of(advisor, s);
            total += replay.questions();
            largest = Math.max(largest, replay.questions());
            wrong += replay.mismatch().isPresent() ? 1 : 0;
        }
        double millis = (System.nanoTime() - started) / 1e6;
        System.out.printf(Locale.ROOT, "%-8s %-8s %5d situations: mean %.2f questions, largest %d, %d disagree with check;"
                        + " %.1f ms per interview, %.2f ms per question asked%n",
                profile, set, situations.size(), (double) total / situations.size(), largest, wrong,
                millis / situations.size(), millis / total);
    }
}
