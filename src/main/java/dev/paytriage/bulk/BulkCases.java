package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.model.SafeText;
import dev.paytriage.output.Json;
import dev.paytriage.output.JsonView;
import dev.paytriage.pipeline.CaseQuery;
import dev.paytriage.pipeline.CaseResult;
import dev.paytriage.pipeline.CaseRunner;
import java.util.function.Consumer;

/**
 * Turns an input row into its one result: the case through the same runner as check, with a row's
 * own failure (not found, gateway down, bad value) recorded as the row's status, never thrown.
 */
public final class BulkCases implements BulkRunner.RowHandler {

    /** Defaults for rows that leave a column empty (the command's options). */
    public record Defaults(String gateway, CaseQuery query) {}

    private final CaseRunner runner;
    private final ComplaintCases complaints;
    private final Defaults defaults;
    private volatile Consumer<Throwable> crashLog = t -> { };

    /** Rows with a complaint's text go through intake as 'paytriage complaint' would (never prompting). */
    public interface ComplaintCases {
        /** The result line of a complaint row: the verdict found, or undetermined asking for facts. */
        RowResult handle(InputRow row, String gateway, CaseQuery defaults);
    }

    /** A gateway's requests are paced where they are made (gateway.http), so a row with many pays for each. */
    public BulkCases(CaseRunner runner, ComplaintCases complaints, Defaults defaults) {
        this.runner = runner;
        this.complaints = complaints;
        this.defaults = defaults;
    }

    /** Where a row's crash is described in full (--verbose); by default nowhere: the row's line says it. */
    public BulkCases crashLog(Consumer<Throwable> log) {
        this.crashLog = log;
        return this;
    }

    @Override
    public RowResult handle(InputRow row) {
        String gateway = row.gateway() != null ? row.gateway() : defaults.gateway();
        if (row.problem() != null) {
            return error(row, gateway, "input", row.problem());
        }
        CaseQuery d = defaults.query();
        if (row.text() != null) {
            return guarded(row, gateway, () -> complaints.handle(row, gateway, d));
        }
        CaseQuery q = new CaseQuery(row.ref(), gateway, row.orderIdOnly() || d.orderIdOnly(),
                row.topic() != null ? row.topic() : d.topic(), row.from() != null ? row.from() : d.from(),
                row.lang() != null ? row.lang() : d.lang(), row.channel() != null ? row.channel() : d.channel(),
                null);
        return guarded(row, gateway, () -> {
            CaseResult r = runner.check(q);
            return new RowResult(row.row(), "ok", r.verdict().party().wire(), r.verdict().reason(),
                    JsonView.result(r, row.row()));
        });
    }

    /** Runs the lookup and turns a row's own failure into its result line. */
    private RowResult guarded(InputRow row, String gateway, java.util.function.Supplier<RowResult> lookup) {
        try {
            return lookup.get();
        } catch (GatewayException e) {
            return error(row, gateway, e.kind(), e.getMessage());
        } catch (PaytriageException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                return failure(row, gateway, "not_found", "not_found", e.getMessage());
            }
            return error(row, gateway, e.exitCode() == ExitCode.CONFIG ? "config" : "input", e.getMessage());
        }
    }

    /** A row that threw what no lookup should (a bug, a stack or heap exhausted by this row): its error line. */
    @Override
    public RowResult crashed(InputRow row, Throwable t) {
        crashLog.accept(t);
        String gateway = row.gateway() != null ? row.gateway() : defaults.gateway();
        String message = t instanceof OutOfMemoryError
                ? "paytriage ran out of memory on this row (" + t.getClass().getSimpleName() + "): run it again with more "
                        + "memory (JAVA_TOOL_OPTIONS=-Xmx1g) or shorten the row; the other rows are not affected"
                : "this row crashed paytriage (" + t.getClass().getSimpleName() + "): the other rows are not affected; "
                        + "report it with the row (--verbose shows the details)";
        return error(row, gateway, "internal", message);
    }

    private static RowResult error(InputRow row, String gateway, String kind, String message) {
        return failure(row, gateway, "error", kind, message);
    }

    private static RowResult failure(InputRow row, String gateway, String status, String kind, String message) {
        ObjectNode o = Json.object();
        o.put("schema", JsonView.SCHEMA);
        o.put("row", row.row());
        o.put("status", status);
        ObjectNode q = o.putObject("query");
        q.put("ref", SafeText.clean(row.ref()));
        q.put("gateway", gateway);
        ObjectNode err = o.putObject("error");
        err.put("kind", kind);
        err.put("message", SafeText.clean(message));
        return new RowResult(row.row(), status, null, null, o);
    }
}
