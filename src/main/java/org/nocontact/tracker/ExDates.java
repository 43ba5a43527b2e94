package org.nocontact.tracker;

import java.time.MonthDay;
import java.util.Optional;

/** The ex's dates the person chose to give, each optional: their birthday, and the anniversary. */
public record ExDates(Optional<MonthDay> birthday, Optional<MonthDay> anniversary) {
    public static final ExDates NONE = new ExDates(Optional.empty(), Optional.empty());
}
