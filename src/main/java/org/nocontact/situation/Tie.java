package org.nocontact.situation;

import org.nocontact.json.Named;

public enum Tie implements Named {
    CHILDREN, WORK, SCHOOL, HOME, PETS, BELONGINGS, FINANCES, MUTUAL_FRIENDS;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
