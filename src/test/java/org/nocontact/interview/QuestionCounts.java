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
