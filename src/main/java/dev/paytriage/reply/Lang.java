package dev.paytriage.reply;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.paytriage.model.WireEnum;
import java.util.Locale;

/** Languages replies are written in. */
public enum Lang implements WireEnum {
    EN(Locale.ENGLISH), RU(Locale.forLanguageTag("ru")), UK(Locale.forLanguageTag("uk"));

    public final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
