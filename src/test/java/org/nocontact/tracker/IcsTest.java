package org.nocontact.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Verdict;

class IcsTest {
    static final List<HardDay> DAYS = List.of(
            new HardDay(LocalDate.of(2027, 2, 14), HardDay.What.VALENTINES_DAY, Optional.of(Verdict.DO_NOT_CONTACT),
                    Optional.of("Hold no contact: Valentine's Day is not an exception, for you or for your ex.")),
            new HardDay(LocalDate.of(2027, 3, 3), HardDay.What.BIRTHDAY, Optional.of(Verdict.DO_NOT_CONTACT),
                    Optional.of("Don't contact them for the occasion (birthday); it is no exception.")),
            new HardDay(LocalDate.of(2027, 3, 31), HardDay.What.PERIOD_COMPLETE, Optional.of(Verdict.REACH_OUT),
                    Optional.of("Your no-contact period is complete and you feel ready: a low-pressure invitation is "
                            + "reasonable, a long line that must be folded at seventy-five octets by the writer.")));

    static List<VEvent> parse(String ics) {
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertThat(calendars).hasSize(1);
        return calendars.get(0).getEvents();
    }

    @Test
    void aCalendarApplicationReadsOneAllDayEventPerDay() {
        List<VEvent> events = parse(Ics.write(DAYS, true, LocalDateTime.of(2027, 2, 1, 12, 0)));
        assertThat(events).hasSize(3);
        VEvent first = events.get(0);
        assertThat(first.getDateStart().getValue().hasTime()).isFalse();
        assertThat(first.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(first.getDateEnd().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(events.stream().map(e -> e.getUid().getValue()).distinct()).hasSize(3);
    }

    @Test
    void withFullTextEachEventCarriesThatDaysAdviceIntactThroughFolding() {
        List<VEvent> events = parse(Ics.write(DAYS, true, LocalDateTime.of(2027, 2, 1, 12, 0)));
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Valentine's Day: don't contact them");
        assertThat(events.get(0).getDescription().getValue()).isEqualTo(DAYS.get(0).why().orElseThrow());
        assertThat(events.get(2).getDescription().getValue()).isEqualTo(DAYS.get(2).why().orElseThrow());
    }

    @Test
    void byDefaultEventsAreDiscreetNoExNoNameNoAdviceNoOccasion() {
        String ics = Ics.write(DAYS, false, LocalDateTime.of(2027, 2, 1, 12, 0));
        for (VEvent event : parse(ics)) {
            String text = (event.getSummary().getValue() + " " + event.getDescription().getValue()).toLowerCase(Locale.ROOT);
            assertThat(text).doesNotContain(" ex", "contact", "birthday", "valentine", "period", "them");
        }
        assertThat(ics).doesNotContainIgnoringCase("contact them").doesNotContainIgnoringCase("birthday")
                .doesNotContainIgnoringCase("valentine").doesNotContainIgnoringCase("period");
    }

    @Test
    void everyLineEndsInCrlfAndIsAtMost75Octets() {
        String ics = Ics.write(DAYS, true, LocalDateTime.of(2027, 2, 1, 12, 0));
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n");
        }
    }
}
