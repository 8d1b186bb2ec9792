package dev.paytriage.bulk;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a bulk run did: counts by status and by party, the rows kept from an earlier run (and how
 * many of those had failed), and whether it was stopped early or its input broke off.
 */
public record Summary(int written, int ok, int notFound, int errors, int skipped, int skippedFailed,
        boolean interrupted, int unwritten, int dispatched, String inputProblem, Map<String, Integer> byParty) {

    /** Exit 0 needs every row of the file — kept or new — to have succeeded and nothing left without a line. */
    public boolean anyFailed() {
        return notFound + errors + skippedFailed > 0 || missing() > 0 || inputProblem != null;
    }

    /** Rows read in this run that have no result line. */
    public int missing() {
        return Math.max(0, dispatched - written);
    }

    public Summary withKept(int rows, int failed) {
        return new Summary(written, ok, notFound, errors, rows, failed, interrupted, unwritten, dispatched, inputProblem,
                byParty);
    }

    static final class Builder {
        private int written;
        private int ok;
        private int notFound;
        private int errors;
        private int skipped;
        private boolean interrupted;
        private int unwritten;
        private int dispatched;
        private String inputProblem;
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

        void dispatched(int n) {
            dispatched = n;
        }

        void readFailure(java.io.IOException e) {
            inputProblem = e == null ? null : String.valueOf(e.getMessage());
        }

        Summary build() {
            return new Summary(written, ok, notFound, errors, skipped, 0, interrupted, unwritten, dispatched,
                    inputProblem, Map.copyOf(byParty));
        }
    }
}
