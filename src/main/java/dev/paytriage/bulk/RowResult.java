package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.output.Json;
import dev.paytriage.output.JsonView;

/** The one result line of an input row: ok, not_found or error, as the JSON the contract fixes. */
public record RowResult(int row, String status, String party, String reason, ObjectNode json) {

    /**
     * The plainest error line, for a row whose failure could not even be described the usual way:
     * the class of what was thrown, never its message (which could hold the row's text).
     */
    static RowResult crash(int row, Throwable t) {
        ObjectNode o = Json.object();
        o.put("schema", JsonView.SCHEMA);
        o.put("row", row);
        o.put("status", "error");
        ObjectNode err = o.putObject("error");
        err.put("kind", "internal");
        err.put("message", "this row crashed paytriage (" + t.getClass().getSimpleName()
                + "); the other rows are not affected: report it with the row");
        return new RowResult(row, "error", null, null, o);
    }

    public boolean succeeded() {
        return "ok".equals(status);
    }
}
