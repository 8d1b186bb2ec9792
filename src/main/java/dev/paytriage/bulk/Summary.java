package dev.paytriage.bulk;

import java.util.Map;
import java.util.TreeMap;

/** What a bulk run did: counts by status and by party, and whether it was stopped early. */
public record Summary(int written, int ok, int notFound, int errors, int skipped, boolean interrupted,
        int unwritten, Map<String, Integer> byParty) {

    public boolean anyFailed() {
        return notFound + errors > 0;
    }

    static final class Builder {
        private int written;
        private int ok;
        private int notFound;
        private int errors;
        private int skipped;
        private boolean interrupted;
        private int unwritten;
        private final Map<String, Integer> byParty = new TreeMap<>();

        void add(RowResult r) {
            written++;
            switch (r.status()) {
                case "ok" -> {
                    ok++;
                    if (r.party() != null) {
                        byParty.merge(r.party(), 1, Integer::sum);
                    }
                }
                case "not_found" -> notFound++;
                default -> errors++;
            }
        }

        void skipped(int n) {
            skipped = n;
        }

        void interrupted(boolean b) {
            interrupted = b;
        }

        void unwritten(int n) {
            unwritten = n;
        }

        Summary build() {
            return new Summary(written, ok, notFound, errors, skipped, interrupted, unwritten, Map.copyOf(byParty));
        }
    }
}
