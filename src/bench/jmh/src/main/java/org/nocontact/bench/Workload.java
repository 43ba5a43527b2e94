package org.nocontact.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.nocontact.json.Named;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.Tie;

/**
 * What every benchmark runs on: the shipped rule set, loaded once from rules/, and a fixed list of
 * {@link #SITUATIONS} situations: the documented examples, then situations generated from a fixed
 * seed. Each is written as JSON and read through the product's strict reader, so every one is a
 * valid situation file. The names come from the product's enums, so new names are picked up.
 */
public record Workload(Path root, RuleSet ruleSet, List<Situation> situations, List<String> labels) {
    /** A constant, because JMH divides each invocation's time by it (@OperationsPerInvocation). */
    public static final int SITUATIONS = 64;
    private static final long SEED = 8;
    private static final LocalDate SYSTEM_TODAY = LocalDate.of(2027, 3, 10);
    /** Days on which the date alone gives an occasion, so that inference is part of the work. */
    private static final List<LocalDate> OCCASION_DAYS = List.of(LocalDate.of(2027, 2, 14),
            LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
    private static final ObjectMapper JSON = new ObjectMapper();

    public Workload {
        situations = List.copyOf(situations);
        labels = List.copyOf(labels);
    }

    /** From the project folder: the system property nocontact.root, else the working directory. */
    public static Workload load() {
        Path root = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("rules").resolve(RuleSetLoader.INDEX))) {
            throw new IllegalStateException("no rules/ruleset.json under " + root
                    + ": run from the project folder or set -Dnocontact.root");
        }
        RuleSet ruleSet = RuleSetLoader.load(RuleFiles.folder(root.resolve("rules")));
        List<Situation> situations = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Path example : examples(root.resolve("docs").resolve("examples"))) {
            situations.add(readFile(example));
            labels.add(root.relativize(example).toString());
        }
        if (situations.size() > SITUATIONS) {
            throw new IllegalStateException(situations.size() + " examples, more than the " + SITUATIONS
                    + " situations a run has: raise Workload.SITUATIONS");
        }
        Random random = new Random(SEED);
        while (situations.size() < SITUATIONS) {
            String label = "generated situation " + (situations.size() + 1);
            ObjectNode file = generated(random);
            situations.add(read(file.toString(), label));
            labels.add(label + " " + file);
        }
        return new Workload(root, ruleSet, situations, labels);
    }

    private static List<Path> examples(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Situation readFile(Path file) {
        try {
            return new SituationReader(SYSTEM_TODAY).read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Situation read(String json, String source) {
        return new SituationReader(SYSTEM_TODAY).read(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /** One situation file with every field drawn at random within docs/situation-format.md. */
    private static ObjectNode generated(Random random) {
        ObjectNode s = JSON.createObjectNode();
        LocalDate today = random.nextInt(5) == 0 ? pick(random, OCCASION_DAYS)
                : SYSTEM_TODAY.minusDays(random.nextInt(365));
        s.put("today", today.toString());
        int breakupDaysAgo = random.nextInt(200);
        LocalDate breakup = today.minusDays(breakupDaysAgo);
        ObjectNode b = s.putObject("breakup");
        b.put("date", breakup.toString());
        b.put("initiatedBy", name(random, InitiatedBy.class));
        if (random.nextInt(3) > 0) {
            b.put("feelingsExpressed", random.nextBoolean());
        }
        s.put("goal", name(random, Goal.class));
        if (random.nextBoolean()) {
            ObjectNode period = s.putObject("noContact");
            period.put("since", breakup.plusDays(random.nextInt(breakupDaysAgo + 1)).toString());
            if (random.nextBoolean()) {
                period.put("days", 1 + random.nextInt(90));
            }
        }
        ArrayNode ties = JSON.createArrayNode();
        Named.names(Tie.class).stream().filter(t -> random.nextInt(7) == 0).forEach(ties::add);
        if (!ties.isEmpty()) {
            s.set("ties", ties);
        }
        boolean exWrote = random.nextInt(3) == 0;
        if (exWrote) {
            ObjectNode ex = s.putObject("exContact");
            ex.put("date", today.minusDays(random.nextInt(Math.min(breakupDaysAgo, 30) + 1)).toString());
            ex.put("about", name(random, ExContactAbout.class));
        }
        ObjectNode emotions = s.putObject("emotions");
        for (String emotion : List.of("anger", "sadness", "confidence")) {
            if (random.nextInt(5) > 0) {
                emotions.put(emotion, random.nextInt(11));
            }
        }
        ObjectNode safety = s.putObject("safety");
        for (String concern : List.of("unsafe", "threatened", "selfHarm", "urgeToMonitor", "protectionOrder")) {
            safety.put(concern, random.nextInt(25) == 0);
        }
        ObjectNode boundaries = s.putObject("boundaries");
        boundaries.put("exAskedNoContact", random.nextInt(12) == 0);
        boundaries.put("blocked", random.nextInt(12) == 0);
        s.putObject("history").put("unansweredMessages", random.nextInt(3) == 0 ? random.nextInt(5) : 0);
        ObjectNode plan = s.putObject("plan");
        String action;
        do {
            action = name(random, Action.class);
        } while (!exWrote && action.equals(Action.REPLY.wireName()));
        plan.put("action", action);
        plan.put("purpose", name(random, Purpose.class));
        if (random.nextInt(5) == 0) {
            plan.put("occasion", name(random, Occasion.class));
        }
        return s;
    }

    private static <E extends Enum<E> & Named> String name(Random random, Class<E> type) {
        return pick(random, Named.names(type));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The default profile first, then the others by name. */
    public List<String> profileNames() {
        List<String> names = new ArrayList<>(List.of(ruleSet.defaultProfile()));
        ruleSet.profileNames().stream().filter(n -> !n.equals(ruleSet.defaultProfile())).forEach(names::add);
        return names;
    }
}
