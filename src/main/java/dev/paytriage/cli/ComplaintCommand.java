package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
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
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(arity = "0..*", paramLabel = "TEXT|-",
            description = "The complaint: text (quoted, or several words), '-' to read stdin, or @FILE.")
    List<String> text;

    @Mixin
    ComplaintFactOptions facts;

    @Mixin
    CaseOptions caseOptions;

    @Mixin
    OutputOptions format;

    @Override
    int run(Services s) throws IOException {
        String raw = readText();
        if (raw.isBlank() && facts.isEmpty()) {
            throw new PaytriageException(ExitCode.USAGE, "no complaint given: pass its text, '-' to read it from stdin,"
                    + " @FILE, or facts such as --order or --amount");
        }
        ComplaintReader reader = s.complaintReader();
        Complaint c = facts.apply(reader, reader.read(raw));
        ComplaintRunner.Request req = new ComplaintRunner.Request(caseOptions.gateway, caseOptions.topic,
                caseOptions.from, caseOptions.lang, caseOptions.channel);
        ComplaintRunner.Result r = withPrompter(prompter -> s.complaintRunner(reader).run(c, req, prompter));
        notes(this, r);
        switch (format.output()) {
            case json -> out().println(Json.line(ComplaintView.json(r)));
            case markdown -> out().print(MarkdownView.render(r.caseResult()));
            default -> out().print(ComplaintView.text(r, outStyle()));
        }
        return ExitCode.OK.code;
    }

    /** The intake's notes for the agent on stderr, and with --verbose the gateway's raw answer (redacted). */
    static void notes(BaseCommand cmd, ComplaintRunner.Result r) {
        for (String note : r.notes()) {
            cmd.err().println("paytriage: " + note);
        }
        if (cmd.global.verbose && r.caseResult().found() && r.caseResult().transaction().raw() != null) {
            cmd.err().println("raw answer of " + r.caseResult().gatewayName() + ":");
            cmd.err().println(Json.pretty(r.caseResult().transaction().raw()));
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
