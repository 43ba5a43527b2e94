package org.nocontact.json;

import java.util.Arrays;
import java.util.Locale;

/** The kebab spelling ("move-on" from MOVE_ON) of every constant of an enum, made once per enum. */
final class KebabNames {
    private static final ClassValue<String[]> BY_ORDINAL = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toArray(String[]::new);
        }
    };

    private KebabNames() {
    }

    static String of(Enum<?> value) {
        return BY_ORDINAL.get(value.getDeclaringClass())[value.ordinal()];
    }
}
