package org.nocontact.advice;

import net.jqwik.api.Arbitrary;
import org.nocontact.situation.Situation;

/** Lets property tests in other packages use the same generator of valid situations. */
public final class EnginePropertiesAccess {
    public Arbitrary<Situation> situations() {
        return new EngineProperties().situations();
    }
}
