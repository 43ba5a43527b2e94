package org.nocontact.interview;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.nocontact.analysis.Partition;
import org.nocontact.analysis.Region;

/**
 * Which question comes next. Safety first, every one, in the order listed (never merged, never
 * skipped); then what the person came for (the questions always asked), in the order listed; then
 * the rest of a group whose first question was answered (the period's start and length after
 * "have you started"). After that the engine chooses: among the questions whose answer can still
 * change the advice, the one whose answer settles the most of what is still open, read from the
 * leaves of the analysis over the situations the answers so far allow (each leaf a part decided by
 * one rule). Whatever a question answers, only the leaves its answer's class can meet stay open;
 * the question that leaves the fewest deciding rules open, at worst over its answers and then on
 * average, comes first (ties in the order listed); where that is the no-contact question and the
 * breakup's day is open, the day comes first (a period cannot start before it), through "Who ended
 * it, and when?" where who ended it is worth asking too. The draft comes last. Nothing here knows a rule: the leaves are the rules in use, read now.
 */
final class QuestionOrder {
    private final List<Question<?>> questions;
    private final Relevance relevance;

    QuestionOrder(List<Question<?>> questions, Relevance relevance) {
        this.questions = List.copyOf(questions);
        this.relevance = relevance;
    }

    /**
     * The index of the question to ask next, or empty when none is left worth asking.
     *
     * @param answers the answers so far
     * @param worthAsking whether a question that applies is still worth asking now (for the questions
     *                    the engine weighs: whether its answer can still change the advice)
     */
    OptionalInt next(Answers answers, Predicate<Question<?>> worthAsking) {
        OptionalInt fixed = first(answers, q -> q.kind().safety());
        if (fixed.isEmpty()) {
            fixed = first(answers, q -> q.relevance() == Question.Relevance.ALWAYS);
        }
        if (fixed.isEmpty()) {
            fixed = first(answers, q -> q.relevance() == Question.Relevance.WITH_ITS_GROUP);
        }
        if (fixed.isPresent()) {
            return fixed;
        }
        List<Integer> weighed = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question<?> q = questions.get(i);
            if (q.relevance() == Question.Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE && open(q, answers) && worthAsking.test(q)) {
                weighed.add(i);
            }
        }
        if (!weighed.isEmpty()) {
            return OptionalInt.of(breakupDayFirst(settlesMost(weighed, answers), answers, weighed));
        }
        return first(answers, q -> q.relevance() == Question.Relevance.WHEN_THE_VERDICT_READS_A_DRAFT && worthAsking.test(q));
    }

    /**
     * A no-contact period starts on or after the breakup, so where the period is asked and the
     * breakup's day is not known, the day comes first (the period's start is checked against it).
     */
    private int breakupDayFirst(int chosen, Answers answers, List<Integer> weighed) {
        if (questions.get(chosen).key() != Key.NO_CONTACT_STARTED || answers.has(Key.BREAKUP_DATE)) {
            return chosen;
        }
        // "Who ended it, and when?" asks the day too, where who ended it is worth asking anyway
        OptionalInt day = weighed.stream().filter(i -> questions.get(i).key() == Key.INITIATED_BY).mapToInt(i -> i).findFirst();
        if (day.isEmpty()) {
            day = first(answers, q -> q.key() == Key.BREAKUP_DATE);
        }
        return day.isPresent() ? day.getAsInt() : chosen;
    }

    private OptionalInt first(Answers answers, Predicate<Question<?>> kind) {
        for (int i = 0; i < questions.size(); i++) {
            if (kind.test(questions.get(i)) && open(questions.get(i), answers)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean open(Question<?> question, Answers answers) {
        return !answers.has(question.key()) && question.applies().test(answers);
    }

    /** Of the questions weighed (in the order listed), the one whose answer leaves the least open. */
    private int settlesMost(List<Integer> weighed, Answers answers) {
        if (weighed.size() == 1) {
            return weighed.get(0); // nothing to weigh it against
        }
        Optional<DecidingRules.Reading> reading = relevance.reading(answers);
        if (reading.isEmpty()) {
            return weighed.get(0); // the engine could not settle these situations: the order listed
        }
        int best = weighed.get(0);
        long bestScore = Long.MAX_VALUE;
        for (int index : weighed) {
            long score = reading.get().leftOpen(questions.get(index).key().facts());
            if (score < bestScore) {
                best = index;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How much stays open after the question is answered: for each leaf (an answer in its class),
     * the deciding rules of the leaves that answer can still meet. The worst over the leaves weighs
     * most, then the sum (a scale wide enough that the sum never outweighs one step of the worst).
     */
    static long leftOpen(List<Partition.Part> leaves, List<Integer> variables) {
        int n = leaves.size();
        int[] asked = variables.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> rules = new HashMap<>();
        int[] rule = new int[n];
        BitSet[] deciders = new BitSet[n];
        for (int i = 0; i < n; i++) {
            rule[i] = rules.computeIfAbsent(leaves.get(i).decider().id(), id -> rules.size());
            deciders[i] = new BitSet();
        }
        // whether two leaves meet does not depend on which is asked about: each pair is compared once
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                if (meet(leaves.get(i).region(), leaves.get(j).region(), asked)) {
                    deciders[i].set(rule[j]);
                    deciders[j].set(rule[i]);
                }
            }
        }
        int worst = 0;
        long sum = 0;
        for (BitSet of : deciders) {
            worst = Math.max(worst, of.cardinality());
            sum += of.cardinality();
        }
        return (long) worst * 1_000_000L + sum;
    }

    /** Whether one answer to the question can lie in both regions: their classes meet on each of its variables. */
    private static boolean meet(Region a, Region b, int[] variables) {
        for (int v : variables) {
            if (!a.meets(b, v)) {
                return false;
            }
        }
        return true;
    }
}
