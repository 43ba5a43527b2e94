package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A day among other words: an answer's parts are read as days, and the parts of those parts in turn ("she
 * dumped me like 2 wks ago i think"). Each part is read once however often it is reached: a sentence of twelve
 * words has 78 runs of words, reached along some 177,000 ways, and the ends of an answer are each read again by
 * the questions' parts ("she did, 2 weeks ago"); reading each again every time made one sentence typed at "Who
 * ended it, when, and what do you want now?" cost seconds (tour15a F8.1). What is read is kept for the day it
 * was read on, on the thread that read it, the latest few thousand parts.
 */
final class DayAmongWords {
    /** A no said first: "nah i texted her yesterday", "not 2 weeks ago" is no day. */
    private static final Pattern A_NO = Pattern.compile("(?:no|nah|nope|not|never|none)\\b.*");
    private static final Pattern BETWEEN_PARTS = Pattern.compile("\\s*(?:,|;| or | maybe | i think | like )\\s*");
    /** Words up to which every run of them is read: a longer answer is read by the parts it was typed in. */
    private static final int MOST_WORDS = 12;
    /** Readings kept, of each sort: well over the parts of a whole conversation's answers (some hundreds each). */
    private static final int MOST_KEPT = 4096;
    private static final ThreadLocal<DayAmongWords> LATELY = ThreadLocal.withInitial(() -> new DayAmongWords(LocalDate.MIN));

    private final LocalDate today;
    private final Map<Said, DateAnswers.Reading> readings = bounded();
    private final Map<String, String> unhedged = bounded();
    private final Map<String, Optional<DateAnswers.Reading>> offers = bounded();

    /** Words read as a date, and the words as typed, which a misread quotes. */
    private record Said(String answer, String typed) {
    }

    private DayAmongWords(LocalDate today) {
        this.today = today;
    }

    /** Days among words read on {@code today}: the readings kept on this thread, or none where it read on another day. */
    static DayAmongWords on(LocalDate today) {
        if (!LATELY.get().today.equals(today)) {
            LATELY.set(new DayAmongWords(today));
        }
        return LATELY.get();
    }

    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MOST_KEPT;
            }
        };
    }

    /** The answer read as a date, its parts looked into; read once for this answer, then remembered. */
    DateAnswers.Reading read(String answer, String typed) {
        return kept(readings, new Said(answer, typed), () -> DateAnswers.read(answer, typed, today, Optional.of(this)));
    }

    /**
     * The value kept for the key, else worked out and kept (not {@link Map#computeIfAbsent}: working out one part's
     * reading reads its own parts, which adds to the same map).
     */
    private static <K, V> V kept(Map<K, V> kept, K key, Supplier<V> work) {
        return Optional.ofNullable(kept.get(key)).orElseGet(() -> {
            V value = work.get();
            kept.put(key, value);
            return value;
        });
    }

    /**
     * "2 months ago, early october", "she dumped me like 2 wks ago": an answer in parts, or a day at the end
     * of other words. It is asked back with the nearest reading of the first part that gives one ("Did you mean 2 months
     * ago, Wednesday 7 October?"), never taken as it stands, and never asked again plainly when part of it is a day.
     */
    Optional<DateAnswers.Reading> inParts(String text) {
        if (A_NO.matcher(text).matches()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(List.of(BETWEEN_PARTS.split(text)));
        String[] words = text.split(" ");
        if (words.length <= MOST_WORDS) { // "she dumped me like 2 wks ago": the day at the end of other words, longest first
            for (int from = 1; from < words.length; from++) {
                parts.add(String.join(" ", Arrays.asList(words).subList(from, words.length)));
            }
            for (int to = words.length - 1; to > 0; to--) { // "saturday night when i found out": the day first
                parts.add(String.join(" ", Arrays.asList(words).subList(0, to)));
            }
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        for (String part : parts) {
            String said = unhedged.computeIfAbsent(part, Everyday::unhedged);
            if (said.isEmpty() || said.split(" ").length >= words.length) { // fewer words each time: it ends
                continue;
            }
            Optional<DateAnswers.Reading> offered = kept(offers, said, () -> offer(said));
            if (offered.isPresent()) {
                return offered;
            }
        }
        return Optional.empty();
    }

    /** What a part of the answer offers: the day it reads as, to ask back with, or a question about it; else nothing. */
    private Optional<DateAnswers.Reading> offer(String said) {
        DateAnswers.Reading reading = read(said, said);
        Optional<DateAnswers.Reading> named = NamedDays.read(said, today).filter(r -> r.question().isPresent());
        if (reading.suggestion().isPresent() || named.isPresent()) { // "she left me thanksgiving weekend": which day of it
            return Optional.of(reading);
        }
        if (reading.date().filter(date -> !date.isAfter(today)).isPresent()) { // a day to come is never offered
            LocalDate date = reading.date().get();
            return Optional.of(DateAnswers.Reading.suggest("Did you mean " + said + ", " + DateAnswers.longDate(date, today)
                    + "? Type yes, or give the day another way.", date.toString()));
        }
        return Optional.empty();
    }
}
