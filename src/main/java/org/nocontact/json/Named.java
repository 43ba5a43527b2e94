package org.nocontact.json;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of names as they are written in files ("move-on", "valentines-day"). */
public interface Named {
    String wireName();

    static <E extends Enum<E> & Named> Optional<E> byName(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.wireName().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Named> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::wireName).toList();
    }

    /**
     * "move-on" from MOVE_ON: the default spelling, so most enums need no table. Spelled once per
     * constant: facts are worked out for every day of a projected year, and each reads several names.
     */
    static String kebab(Enum<?> value) {
        return KebabNames.of(value);
    }
}
