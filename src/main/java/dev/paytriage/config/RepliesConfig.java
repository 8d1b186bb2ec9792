package dev.paytriage.config;

/** How replies are written: defaults for language and channel, who signs them, where overrides live. */
public record RepliesConfig(
        String lang,
        String channel,
        String team,
        String signature,
        String templatesDir,
        Integer chatPartLimit,
        String timeZone) {

    public static RepliesConfig defaults() {
        return new RepliesConfig(null, null, null, null, null, null, null);
    }
}
