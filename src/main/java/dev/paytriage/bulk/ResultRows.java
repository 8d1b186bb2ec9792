package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import dev.paytriage.output.JsonView;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the result lines of a bulk run (paytriage/v1 JSONL) back: the fields a report needs, and
 * each found transaction as far as the JSON describes it (shop, card, time, codes).
 */
public final class ResultRows {

    /** One result line. {@code transaction} is null for not_found and error rows. */
    public record Row(int row, String status, String party, String limit, String reason, String errorKind,
            Transaction transaction) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultRows() {}

    public static List<Row> read(BufferedReader in, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode j;
            try {
                j = JSON.readTree(line);
            } catch (IOException e) {
                throw new PaytriageException(ExitCode.USAGE, source + " line " + n + " is not JSON: report reads the "
                        + "JSONL that 'paytriage bulk' writes (not --format csv)");
            }
            if (!JsonView.SCHEMA.equals(j.path("schema").asText()) || !j.has("status")) {
                throw new PaytriageException(ExitCode.USAGE, source + " line " + n + " is not a bulk result ("
                        + "expected \"schema\": \"" + JsonView.SCHEMA + "\" with a status): give report the output of "
                        + "'paytriage bulk'");
            }
            rows.add(new Row(j.path("row").asInt(n), j.path("status").asText(), text(j.at("/verdict/party")),
                    text(j.at("/verdict/limit")), text(j.at("/verdict/reason")), text(j.at("/error/kind")),
                    transaction(j.get("transaction"))));
        }
        return rows;
    }

    private static Transaction transaction(JsonNode t) {
        if (t == null || t.isNull() || text(t.get("id")) == null) {
            return null;
        }
        List<Code> codes = new ArrayList<>();
        for (JsonNode c : t.at("/decline/codes")) {
            String s = c.asText();
            int colon = s.indexOf(':');
            if (colon > 0) {
                codes.add(new Code(s.substring(0, colon), s.substring(colon + 1)));
            }
        }
        JsonNode d = t.get("decline");
        Decline decline = d == null || d.isNull() ? null
                : new Decline(text(d.get("source")), text(d.get("code")), text(d.get("message")), codes);
        JsonNode c = t.get("card");
        Card card = c == null || c.isNull() ? null
                : new Card(text(c.get("brand")), text(c.get("bin")), text(c.get("last4")), text(c.get("issuer_country")),
                        text(c.get("issuer_name")));
        return new Transaction(text(t.get("id")), text(t.get("gateway")), text(t.get("gateway_type")),
                enumOf(TxType.class, text(t.get("type")), TxType.OTHER),
                enumOf(TxStatus.class, text(t.get("status")), TxStatus.UNKNOWN), null,
                instant(text(t.get("created_at"))), null, text(t.get("shop")), text(t.get("order_id")), null, null,
                card, decline, null, null, null, t.path("test").asBoolean(false), null, null);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v, E fallback) {
        if (v == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
