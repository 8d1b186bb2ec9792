package dev.paytriage.config;

import java.util.List;

/** Finds the line of a key path in YAML text by following indentation; 0 when it cannot. */
final class Locator {
    private Locator() {}

    static int line(String text, List<String> path) {
        String[] lines = text.split("\r?\n", -1);
        int from = 0;
        int minIndent = -1;
        int found = 0;
        for (String key : path) {
            int hit = 0;
            for (int i = from; i < lines.length; i++) {
                String l = lines[i];
                String trimmed = l.stripLeading();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int indent = l.length() - trimmed.length();
                if (indent <= minIndent) {
                    break;
                }
                if (trimmed.startsWith(key + ":") || trimmed.startsWith("\"" + key + "\":")
                        || trimmed.startsWith("'" + key + "':")) {
                    hit = i + 1;
                    minIndent = indent;
                    from = i + 1;
                    break;
                }
            }
            if (hit == 0) {
                return found;
            }
            found = hit;
        }
        return found;
    }
}
