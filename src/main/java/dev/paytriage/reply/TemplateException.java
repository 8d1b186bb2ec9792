package dev.paytriage.reply;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;

/** A reply template that is missing or does not render: a configuration error naming the file. */
public final class TemplateException extends PaytriageException {
    private final String template;
    private final String origin;
    private final String detail;

    TemplateException(String template, String origin, String detail, String fix) {
        super(ExitCode.CONFIG, "reply template " + template + ("missing".equals(origin) ? "" : " (" + origin + ")")
                + " " + detail + fix);
        this.template = template;
        this.origin = origin;
        this.detail = detail;
    }

    public String template() {
        return template;
    }

    public String origin() {
        return origin;
    }

    /** What is wrong, without the template's name: "uses unknown variable 'amout' on line 3". */
    public String detail() {
        return detail;
    }
}
