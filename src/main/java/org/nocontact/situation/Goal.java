package org.nocontact.situation;

import org.nocontact.json.Named;

public enum Goal implements Named {
    RECONCILE, MOVE_ON, FRIENDS, UNSURE;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
