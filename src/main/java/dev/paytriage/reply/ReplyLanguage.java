package dev.paytriage.reply;

/**
 * Which language a reply is written in: what the agent asked for (--lang), else the language the
 * complaint was written in (when intake has detected one), else the config's replies.lang, else English.
 */
public final class ReplyLanguage {
    private ReplyLanguage() {}

    public static Lang choose(Lang asked, Lang ofComplaint, Lang configured) {
        if (asked != null) {
            return asked;
        }
        if (ofComplaint != null) {
            return ofComplaint;
        }
        return configured == null ? Lang.EN : configured;
    }
}
