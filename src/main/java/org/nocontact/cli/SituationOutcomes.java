package org.nocontact.cli;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nocontact.situation.Situation;

/**
 * What {@link RuleSetMemory} keeps per case situation and profile: the day to look again and the
 * interview replay's outcome. Each situation is known by a hash of the profile's name and the whole
 * situation (every field), never by the situation itself; the rule files' contents are checked by
 * digest apart ({@link RuleFileContents}), so a hash only ever tells apart the cases of one rule set.
 */
final class SituationOutcomes {
    private static final int MAX_KEPT = 100_000;
    private static final int MAX_PROBLEM = 16_000;
    private static final long NO_DAY = Long.MIN_VALUE;

    private final Map<String, Optional<LocalDate>> days = new LinkedHashMap<>();
    private final Map<String, Optional<String>> replays = new LinkedHashMap<>();
    /** Each situation's key by profile, the situation known by identity (a run asks with the case's own object). */
    private final Map<String, Map<Situation, String>> keys = new HashMap<>();

    /** The day to look again kept for this profile and situation, if one was. */
    Optional<Optional<LocalDate>> day(String profile, Situation situation) {
        return Optional.ofNullable(days.get(key(profile, situation)));
    }

    /** The replay's outcome kept for this profile and situation, if one was. */
    Optional<Optional<String>> replay(String profile, Situation situation) {
        return Optional.ofNullable(replays.get(key(profile, situation)));
    }

    /** Keeps a day; whether it was not kept already. */
    boolean dayFound(String profile, Situation situation, Optional<LocalDate> day) {
        return days.size() < MAX_KEPT && !day.equals(days.put(key(profile, situation), day));
    }

    /** Keeps a replay's outcome; whether it was not kept already. */
    boolean replayed(String profile, Situation situation, Optional<String> problem) {
        return replays.size() < MAX_KEPT && problem.map(p -> p.length() < MAX_PROBLEM).orElse(true)
                && !problem.equals(replays.put(key(profile, situation), problem));
    }

    void clear() {
        days.clear();
        replays.clear();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(days.size());
        for (Map.Entry<String, Optional<LocalDate>> day : days.entrySet()) {
            out.writeUTF(day.getKey());
            out.writeLong(day.getValue().map(LocalDate::toEpochDay).orElse(NO_DAY));
        }
        out.writeInt(replays.size());
        for (Map.Entry<String, Optional<String>> replay : replays.entrySet()) {
            out.writeUTF(replay.getKey());
            out.writeBoolean(replay.getValue().isPresent());
            out.writeUTF(replay.getValue().orElse(""));
        }
    }

    void read(DataInput in) throws IOException {
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            long day = in.readLong();
            days.put(key, day == NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day)));
        }
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            boolean problem = in.readBoolean();
            String text = in.readUTF();
            replays.put(key, problem ? Optional.of(text) : Optional.empty());
        }
    }

    /**
     * The hash a situation is known by in a profile (worked out once per run for each): 128 bits over the
     * profile's name and every field of the situation as its record spells it, and that text's length.
     */
    private String key(String profile, Situation situation) {
        return keys.computeIfAbsent(profile, p -> new IdentityHashMap<>()).computeIfAbsent(situation, asked -> {
            String text = profile + "\n" + situation;
            long a = 0xcbf29ce484222325L;
            long b = 0x9e3779b97f4a7c15L;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = Long.rotateLeft(b ^ c, 29) * 0xbf58476d1ce4e5b9L;
            }
            return Long.toHexString(a) + Long.toHexString(b) + "." + text.length();
        });
    }
}
