package dev.paytriage.model;

import java.util.Locale;

/** Enums written in snake_case on the wire and accepted case-insensitively from users and YAML. */
public interface WireEnum {
    String name();

    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
