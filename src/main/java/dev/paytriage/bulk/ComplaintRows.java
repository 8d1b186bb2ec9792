package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.Fields;
import dev.paytriage.output.ComplaintView;
import dev.paytriage.output.Json;
import dev.paytriage.pipeline.CaseQuery;
import dev.paytriage.pipeline.ComplaintRunner;
import java.util.Map;

/**
 * A bulk row with complaint text: read and masked by intake, the row's ref (if any) added as an
 * explicit fact, then found and judged as 'paytriage complaint --no-input' would. Found → ok; nothing
 * found → not_found, with the undetermined verdict and the reply asking for the missing facts.
 */
public final class ComplaintRows implements BulkCases.ComplaintCases {
    private final ComplaintReader reader;
    private final ComplaintRunner runner;

    public ComplaintRows(ComplaintReader reader, ComplaintRunner runner) {
        this.reader = reader;
        this.runner = runner;
    }

    @Override
    public RowResult handle(InputRow row, String gateway, CaseQuery d) {
        Complaint c = reader.read(row.text());
        if (row.ref() != null) {
            try {
                c = c.withFacts(reader.fields().with(c.facts(), row.orderIdOnly() ? Fields.Field.ORDER
                        : Fields.Field.REF, row.ref()));
            } catch (Fields.BadValue bad) {
                throw new PaytriageException(ExitCode.USAGE, "ref " + bad.getMessage());
            }
        }
        ComplaintRunner.Request req = new ComplaintRunner.Request(gateway,
                row.topic() != null ? row.topic() : d.topic(), row.from() != null ? row.from() : d.from(),
                row.lang() != null ? row.lang() : d.lang(), row.channel() != null ? row.channel() : d.channel());
        ComplaintRunner.Result r = runner.run(c, req, null);
        ObjectNode body = ComplaintView.json(r);
        String status = r.caseResult().found() ? "ok" : "not_found";
        ObjectNode out = Json.object();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals("schema")) {
                out.put("row", row.row());
                out.put("status", status);
            }
        }
        var v = r.caseResult().verdict();
        return new RowResult(row.row(), status, v == null ? null : v.party().wire(), v == null ? null : v.reason(), out);
    }
}
