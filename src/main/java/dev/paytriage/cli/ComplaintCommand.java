package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.Fields;
import dev.paytriage.output.ComplaintView;
import dev.paytriage.output.Json;
import dev.paytriage.output.MarkdownView;
import dev.paytriage.pipeline.ComplaintRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "complaint",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Take a complaint as pasted text (and/or fields), find the transaction(s),",
            "then as check.",
            "",
            "The text is masked (card numbers) and normalised as it is read; its language,",
            "topic, ids, order numbers, amounts, dates, card ending, shop and payment",
            "system are taken out. Options win over the text. One match: the verdict and",
            "the reply. Several: a ranked list (on a terminal, pick one). None:",
            "'undetermined' and a reply asking for exactly the missing facts (on a",
            "terminal without --no-input, you are asked for them first). The reply is in",
            "the complaint's language unless --lang says otherwise.",
            "",
            "Examples:",
            "  echo 'Списали 142,50 BYN, а заказ 7731 не оплачен' | paytriage complaint -",
            "  paytriage complaint 'my payment failed twice on your site' --no-input",
            "  paytriage complaint @mail.txt --from merchant --channel email -o json",
            "  paytriage complaint --shop 'Cosmo Books' --amount 45.90 --card-last4 3816",
            ""
        })
final class ComplaintCommand extends BaseCommand {
    static final int MAX_BYTES = 1 << 20;

    /** The transaction types --type takes. */
    static final class TypeNames implements Iterable<String> {
        public java.util.Iterator<String> iterator() {
            return List.of("charge", "payout").iterator();
        }
    }

    @Parameters(arity = "0..*", paramLabel = "TEXT|-",
            description = "The complaint: text (quoted, or several words), '-' to read stdin, or @FILE.")
    List<String> text;

    @Option(names = "--ref", paramLabel = "ID", description = "The gateway's transaction id.")
    String ref;

    @Option(names = "--order", paramLabel = "ID", description = "The merchant's order (tracking) id.")
    String order;

    @Option(names = "--amount", paramLabel = "AMOUNT", description = "Amount, with or without currency: 45.90, '45,90 BYN'.")
    String amount;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 currency code: BYN, RUB, UAH, EUR…")
    String currency;

    @Option(names = "--date", paramLabel = "WHEN", description = "When: 2026-11-20, '20.11 23:10', yesterday, вчера.")
    String date;

    @Option(names = "--card-last4", paramLabel = "DIGITS", description = "Last four digits of the card.")
    String cardLast4;

    @Option(names = "--shop", paramLabel = "NAME", description = "The shop's name.")
    String shop;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "The customer's e-mail.")
    String email;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = TypeNames.class,
            description = "charge or payout.")
    String type;

    @Mixin
    CaseOptions caseOptions;

    @Mixin
    OutputOptions format;

    @Override
    int run(Services s) throws IOException {
        String raw = readText();
        Map<Fields.Field, String> given = given();
        if (raw.isBlank() && given.isEmpty()) {
            throw new PaytriageException(ExitCode.USAGE, "no complaint given: pass its text, '-' to read it from stdin,"
                    + " @FILE, or facts such as --order or --amount");
        }
        ComplaintReader reader = s.complaintReader();
        Complaint c = reader.read(raw);
        for (Map.Entry<Fields.Field, String> e : given.entrySet()) {
            try {
                c = c.withFacts(reader.fields().with(c.facts(), e.getKey(), e.getValue()));
            } catch (Fields.BadValue bad) {
                throw new PaytriageException(ExitCode.USAGE, "--" + e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-') + " " + bad.getMessage());
            }
        }
        boolean interactive = env.stdinTty() && env.stderrTty() && !global.noInput;
        ComplaintRunner.Request req = new ComplaintRunner.Request(caseOptions.gateway, caseOptions.topic,
                caseOptions.from, caseOptions.lang, caseOptions.channel);
        ComplaintRunner.Result r;
        if (interactive) {
            try (JLinePrompter prompter = JLinePrompter.system(errStyle())) {
                r = s.complaintRunner(reader).run(c, req, prompter);
            }
        } else {
            r = s.complaintRunner(reader).run(c, req, null);
        }
        for (String note : r.notes()) {
            err().println("paytriage: " + note);
        }
        if (global.verbose && r.caseResult().found() && r.caseResult().transaction().raw() != null) {
            err().println("raw answer of " + r.caseResult().gatewayName() + ":");
            err().println(Json.pretty(r.caseResult().transaction().raw()));
        }
        switch (format.output()) {
            case json -> out().println(Json.line(ComplaintView.json(r)));
            case markdown -> out().print(MarkdownView.render(r.caseResult()));
            default -> out().print(ComplaintView.text(r, outStyle()));
        }
        return ExitCode.OK.code;
    }

    private Map<Fields.Field, String> given() {
        Map<Fields.Field, String> m = new LinkedHashMap<>();
        // currency before amount, so a bare --amount takes it
        put(m, Fields.Field.CURRENCY, currency);
        put(m, Fields.Field.REF, ref);
        put(m, Fields.Field.ORDER, order);
        put(m, Fields.Field.AMOUNT, amount);
        put(m, Fields.Field.DATE, date);
        put(m, Fields.Field.CARD_LAST4, cardLast4);
        put(m, Fields.Field.SHOP, shop);
        put(m, Fields.Field.EMAIL, email);
        put(m, Fields.Field.TYPE, type);
        return m;
    }

    private static void put(Map<Fields.Field, String> m, Fields.Field f, String v) {
        if (v != null) {
            m.put(f, v);
        }
    }

    /** The complaint text: the words given, stdin for "-", a file for "@FILE"; bounded in size. */
    private String readText() throws IOException {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.size() == 1 && text.get(0).equals("-")) {
            return decode(env.stdin(), "stdin");
        }
        if (text.size() == 1 && text.get(0).startsWith("@") && text.get(0).length() > 1) {
            Path p = Path.of(text.get(0).substring(1));
            try (InputStream in = Files.newInputStream(p)) {
                return decode(in, p.toString());
            } catch (NoSuchFileException e) {
                throw new PaytriageException(ExitCode.USAGE, "no file " + p + " to read the complaint from (@FILE);"
                        + " to pass text starting with @, add a space after it");
            }
        }
        if (text.contains("-")) {
            throw new PaytriageException(ExitCode.USAGE, "'-' reads the complaint from stdin and cannot be mixed with text");
        }
        return String.join(" ", text);
    }

    private static String decode(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new PaytriageException(ExitCode.USAGE, "the complaint in " + what + " is over 1 MiB: paste only the"
                    + " customer's message");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
