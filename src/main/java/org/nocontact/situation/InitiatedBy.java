package org.nocontact.situation;

import org.nocontact.json.Named;

public enum InitiatedBy implements Named {
    ME, THEM, MUTUAL;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
