package org.nocontact.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.situation.InitiatedBy;

/**
 * The answers `change` lists, each under the question as the person read it ("Who ended it, and when?" where the
 * day was not known yet), with the parts said in the same answer as one entry (the day said with who ended it is
 * not a second "When did it end?"; the feelings asked together are one "From 0 to 10, how angry, how sad and how
 * confident do you feel?"), numbered in the order of the question list, so that the same answer keeps its number
 * however the conversation went, before a change and after it.
 */
final class ChangeList {
    /** One answer in the list: the question as the person read it, and the answers it took (its parts said with it). */
    record Listed(Question<?> question, List<Key<?>> keys) {
    }

    private final List<Question<?>> questions;

    ChangeList(List<Question<?>> questions) {
        this.questions = questions;
    }

    List<Listed> of(Interview.Outcome finished) {
        List<Key<?>> asked = finished.asked();
        Answers given = Answers.of(finished.situation());
        Set<Key<?>> folded = new HashSet<>();
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            Key<?> key = asked.get(i);
            if (folded.contains(key)) {
                continue;
            }
            List<Key<?>> after = asked.subList(i + 1, asked.size());
            List<Key<?>> keys = new ArrayList<>(List.of(key));
            saidWith(key).stream().filter(part -> after.contains(part) && finished.saidWithTheirQuestion().contains(part))
                    .forEach(keys::add);
            folded.addAll(keys);
            Answers known = knownBefore(given, asked.subList(i, asked.size()));
            if (!asked.subList(0, i).contains(Key.BREAKUP_DATE)) {
                known = known.without(Key.BREAKUP_DATE); // never asked before: a day the file fills in was not known then
            }
            listed.add(new Listed(Standing.asListed(asked(keys, known), finished), keys));
        }
        listed.sort(Comparator.comparingInt(entry -> questions.indexOf(question(entry.question().key()))));
        return listed;
    }

    /**
     * Asks which answer of a finished conversation to change.
     * @return the question chosen, or empty when the person changed nothing (Enter, or Ctrl-D)
     */
    Optional<Key<?>> choose(Console console, Interview.Outcome finished) {
        List<Listed> listed = of(finished);
        List<Key<?>> ids = listed.stream().<Key<?>>map(entry -> entry.question().key()).toList();
        StringBuilder prompt = new StringBuilder("\nWhich answer would you like to change?\n");
        for (int i = 0; i < listed.size(); i++) {
            Listed entry = listed.get(i);
            String answer = answer(entry, finished.answers());
            prompt.append(String.format(ids.size() < 10 ? "  %d) %s [%s]%n" : "  %2d) %s [%s]%n", i + 1,
                    entry.question().prompt(), answer
                            .replace("\n", "\n" + (ids.size() < 10 ? "     " : "      ")))); // a draft's lines stay under the question
        }
        prompt.append("(the number of the answer; Enter to keep them all)\n> ");
        while (true) {
            Optional<String> line = console.readLine(prompt.toString());
            String text = line.map(String::trim).orElse("").toLowerCase(Locale.ROOT);
            if (Set.of("", "no", "none", "nothing", "cancel", "keep").contains(text)) {
                return Optional.empty();
            }
            try {
                int number = Integer.parseInt(text);
                if (number >= 1 && number <= ids.size()) {
                    return Optional.of(ids.get(number - 1));
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            console.say("Please type " + (ids.size() == 1 ? "1" : "a number from 1 to " + ids.size())
                    + " for the answer to change, or press Enter to keep them all.");
        }
    }

    /** The answers a draft is written for: changing one asks for the draft again. */
    private static final Set<Key<?>> DRAFT_WRITTEN_FOR = Set.of(Key.ACTION, Key.PURPOSE, Key.EX_CONTACT_ABOUT);

    /**
     * The answers that stand while {@code question} is changed (taken again unseen where they still fit): every
     * answer given but the one changed and those changed with it.
     */
    Set<Key<?>> standingWhileChanging(Interview.Outcome finished, Key<?> question) {
        Set<Key<?>> standing = new HashSet<>(finished.asked());
        standing.removeAll(changedWith(finished, question)); // the feelings asked together: again so
        if (question == Key.STANDING) {
            // the list asked again, what was ticked its default; a line ticked again keeps what it was followed up
            // with, a line newly ticked is asked back (only its own lines: a question asked alone beside it, "What do
            // you still share?" after "[belongings]" was heard, keeps its answer). The days of a message or a period
            // stand with their line: asked again only where the new ticks leave them open.
            Set<Key<?>> listed = finished.answers().listed();
            standing.removeAll(listed.isEmpty() ? Standing.KEYS : listed);
        }
        if (DRAFT_WRITTEN_FOR.contains(question)) {
            // A draft written for one plan or purpose is read again for the new one (Enter keeps it), never kept unseen.
            standing.remove(Key.MESSAGE);
        }
        return standing;
    }

    /** How an entry's answer is shown: its parts' answers, the feelings each by name ("angry 2, sad skipped"). */
    static String answer(Listed entry, Remembered answers) {
        boolean feelings = entry.question().kind() instanceof Scales;
        List<Key<?>> shown = entry.question().key() == Key.STANDING ? List.of(Key.STANDING) : entry.keys(); // "[1, 3]"
        return shown.stream()
                .map(key -> answers.answer(key).map(Prompts::asADay)
                        .map(said -> feelings ? ReadAs.part(key, said, said) : said).orElse(""))
                .filter(a -> !a.isEmpty()).collect(Collectors.joining(", "));
    }

    /**
     * The answers changed with {@code key}: the feelings asked together are asked together again; any other
     * answer alone (a part said with its question stays, offered with it: "[they did]" keeps the day).
     */
    List<Key<?>> changedWith(Interview.Outcome finished, Key<?> key) {
        return !Questions.FEELINGS.contains(key) ? List.of(key) : of(finished).stream()
                .filter(entry -> entry.keys().get(0) == key).findFirst().map(Listed::keys).orElse(List.of(key));
    }

    /** The question as it was put: a feeling asked with others is the question that asked them together. */
    @SuppressWarnings("unchecked") // the feelings' keys are Key<OptionalInt>; who ended it's is Key<InitiatedBy>
    private Question<?> asked(List<Key<?>> keys, Answers known) {
        Key<?> first = keys.get(0);
        if (keys.size() > 1 && Questions.FEELINGS.contains(first)) {
            List<Key<OptionalInt>> feelings = keys.stream().map(key -> (Key<OptionalInt>) key).toList();
            return Scales.question(feelings, (Question<OptionalInt>) question(first));
        }
        if (first == Key.INITIATED_BY && keys.contains(Key.GOAL)) { // asked as one: "Who ended it, when, and what do you want now?"
            return WhoAndGoal.question((Question<InitiatedBy>) question(first), !known.has(Key.BREAKUP_DATE));
        }
        return WordedQuestions.worded(question(first), known);
    }

    /** The answers that may be said with a question's: its parts, and for a feeling the feelings after it. */
    private static List<Key<?>> saidWith(Key<?> key) {
        int feeling = Questions.FEELINGS.indexOf(key);
        return feeling < 0 ? Parts.of(key) : List.copyOf(Questions.FEELINGS.subList(feeling + 1, Questions.FEELINGS.size()));
    }

    /** The answers known before a question was asked: all given but those of it and of the questions after it. */
    private static Answers knownBefore(Answers given, List<Key<?>> fromThere) {
        Answers known = given;
        for (Key<?> key : fromThere) {
            known = known.without(key);
        }
        return known;
    }

    private Question<?> question(Key<?> key) {
        return questions.stream().filter(q -> q.key() == key).findFirst().orElseThrow();
    }
}
