package org.nocontact.situation;

import org.nocontact.json.Named;

public enum Occasion implements Named {
    VALENTINES_DAY, BIRTHDAY, CHRISTMAS, NEW_YEAR, ANNIVERSARY, GRADUATION;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
