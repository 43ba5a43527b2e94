package org.nocontact.tracker;

import java.time.LocalDate;
import java.util.List;

/** What the days after today hold for this person: the hard days, and the days the advice changes. */
public interface DaysAhead {
    /** The default window, in days, as in {@code check --ahead}. */
    int DEFAULT_DAYS = 60;

    /** The days in {@code (today, today + days]} worth knowing about, in date order. */
    List<HardDay> ahead(LocalDate today, int days);
}
