package org.nocontact.interview;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * The question the interview asks next after each set of answers, remembered across the replays
 * of many situations under one advisor (one rule set and profile). Which question comes next is
 * a function of the answers so far and the day (the rules read them, nothing else), and the
 * situations of a case suite share most of their first answers, so a replay driver such as
 * `rules test` works each one out once instead of once per situation. Bounded: past
 * {@link #MAX_REMEMBERED} sets of answers, the rest are worked out each time.
 *
 * <p>What a replay's outcome saves is remembered the same way: many situations end in the same
 * outcome (they differ only in answers the interview never needed), so the file it keeps is written
 * and read back once per distinct outcome, and the advice on what it reads back is worked out once.
 */
public final class NextQuestions {
    static final int MAX_REMEMBERED = 100_000;

    private final Advisor advisor;
    private final Map<Asked, OptionalInt> next = new HashMap<>();
    private final Map<Weighed, WhatMatters> reads = new HashMap<>();
    private final Map<Kept, Situation> readBack = new HashMap<>();
    private final Map<Situation, Saved> advised = new HashMap<>();

    private NextQuestions(Advisor advisor) {
        this.advisor = advisor;
    }

    /** An empty memory for replays under this advisor. */
    public static NextQuestions under(Advisor advisor) {
        return new NextQuestions(advisor);
    }

    /** The advisor whose interview these are. */
    public Advisor advisor() {
        return advisor;
    }

    /** How many sets of answers have their next question remembered. */
    int remembered() {
        return next.size();
    }

    /** How many sets of answers have what could change the advice after them remembered. */
    int weighed() {
        return reads.size();
    }

    /** The question to ask after these answers on this day: remembered, or worked out and remembered. */
    OptionalInt after(LocalDate today, Answers answers, Supplier<OptionalInt> workedOut) {
        return remembered(next, new Asked(today, answers), workedOut);
    }

    /**
     * What could change the advice after these answers on this day (with {@code alsoOpen} read as open):
     * remembered, or worked out and remembered. A replay whose next question was remembered still asks
     * whether the rest of a group is worth asking, and each replay asks about the draft at its end.
     */
    WhatMatters read(LocalDate today, Answers answers, Set<Fact> alsoOpen, Supplier<WhatMatters> workedOut) {
        return remembered(reads, new Weighed(today, answers, alsoOpen), workedOut);
    }

    /**
     * The situation an outcome's file reads back as, on the day of the replay: the file written (only the
     * fields answered) and read as `check` would read it, once per distinct outcome; after a safety stop,
     * when no file is kept, the outcome's own situation.
     */
    Situation savedAs(Interview.Outcome outcome, LocalDate today) {
        return remembered(readBack, new Kept(outcome.situation(), outcome.given(), today), () -> outcome.file()
                .map(text -> new SituationReader(today).read(text.getBytes(StandardCharsets.UTF_8), "saved"))
                .orElse(outcome.situation()));
    }

    /** The advice on a saved situation that the replays compare (worked out once per distinct situation). */
    Saved advice(Situation saved) {
        return remembered(advised, saved, () -> {
            Evaluation evaluation = advisor.evaluate(saved);
            return new Saved(evaluation, advisor.project(saved).reconsiderOn(), advisor.lines(evaluation));
        });
    }

    /** The value kept for this key, or worked out and kept while there is room. */
    private static <K, V> V remembered(Map<K, V> memory, K key, Supplier<V> workedOut) {
        V known = memory.get(key);
        if (known != null) {
            return known;
        }
        V value = workedOut.get();
        if (memory.size() < MAX_REMEMBERED) {
            memory.put(key, value);
        }
        return value;
    }

    /** The parts of the advice on a saved situation that a replay compares with the case's own. */
    record Saved(Evaluation evaluation, Optional<LocalDate> reconsiderOn, List<String> lines) {
    }

    private record Asked(LocalDate today, Answers answers) {
    }

    private record Weighed(LocalDate today, Answers answers, Set<Fact> alsoOpen) {
    }

    private record Kept(Situation situation, Set<String> given, LocalDate today) {
    }
}
