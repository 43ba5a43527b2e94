package org.nocontact.situation;

import org.nocontact.json.Named;

public enum ExContactAbout implements Named {
    LOGISTICS, PERSONAL;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
