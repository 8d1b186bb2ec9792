package dev.paytriage.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.Party;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import dev.paytriage.triage.Row;
import dev.paytriage.triage.TriageEngine;
import dev.paytriage.triage.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A payer never learns that the real reason is fraud, a lost or stolen card, a block list or a risk
 * rule. Every payer template of every family is rendered with a confidential verdict in every language,
 * for chat and e-mail, and the text is searched for words that would give the reason away.
 */
class ConfidentialReasonTest {
    /** Written out here, independent of replies/confidential-words.txt, so emptying that file fails this test. */
    private static final List<String> WORDS = List.of(
            "fraud", "stolen", "lost", "block list", "blocklist", "black list", "blacklist", "risk", "suspicious",
            "мошен", "фрод", "украден", "краж", "утерян", "потерян", "чёрный список", "черный список", "чёрном списке",
            "черном списке", "стоп-лист", "подозр", "риск",
            "шахра", "вкраден", "викраден", "крадіж", "втрачен", "загублен", "чорний список", "чорному списку",
            "підозр", "ризик");

    /** The words as patterns, compiled once: the test searches a few thousand texts. */
    private static final List<Pattern> WORD_PATTERNS = WORDS.stream()
            .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w), Pattern.UNICODE_CASE)).toList();
    private static final List<Pattern> LINT_WORDS = TemplateLint.confidentialWords();

    private final ReplyRenderer renderer = new ReplyRenderer(new TemplateStore(null),
            new ReplySettings("Cosmo Pay support", "Anna", null, 600, ZoneId.of("Europe/Minsk")));

    @Test
    void no_payer_reply_names_a_confidential_reason_in_any_language() {
        TriageEngine engine = TriageEngine.bundled();
        List<String> leaks = new ArrayList<>();
        int rendered = 0;
        for (String family : engine.families()) {
            for (Verdict v : confidentialVerdicts(family, engine.rows())) {
                for (Lang lang : Lang.values()) {
                    for (Channel channel : List.of(Channel.CHAT, Channel.EMAIL)) {
                        Reply r = renderer.render(new ReplyRenderer.Request(tx(), List.of(tx()), v, Audience.PAYER, lang,
                                channel, List.of()));
                        rendered++;
                        String text = (r.subject() == null ? "" : r.subject() + "\n") + r.text();
                        String lower = text.toLowerCase(Locale.ROOT);
                        for (int i = 0; i < WORDS.size(); i++) {
                            if (WORD_PATTERNS.get(i).matcher(lower).find()) {
                                leaks.add(family + "/" + v.reason() + " " + lang.wire() + " " + channel.wire() + ": '"
                                        + WORDS.get(i) + "'");
                            }
                        }
                        for (Pattern p : LINT_WORDS) {
                            if (p.matcher(text).find()) {
                                leaks.add(family + "/" + v.reason() + " " + lang.wire() + " " + channel.wire() + ": /" + p + "/");
                            }
                        }
                        assertThat(text).as(family + " " + lang).doesNotContain(v.reason()).doesNotContain("F.0116");
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThanOrEqualTo(engine.families().size() * 6);
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_search_would_catch_a_leak() {
        String leaky = "Ваша карта числится в чёрном списке магазина";
        assertThat(WORDS.stream().anyMatch(leaky.toLowerCase(Locale.ROOT)::contains)).isTrue();
        assertThat(TemplateLint.confidentialWords().stream().anyMatch(p -> p.matcher(leaky).find())).isTrue();
        assertThat(TemplateLint.confidentialWords().stream().anyMatch(p -> p.matcher("Картку вкрадено? Ні, втрачено").find()))
                .isTrue();
        assertThat(TemplateLint.confidentialWords().stream().anyMatch(p -> p.matcher("your card was reported lost").find()))
                .isTrue();
    }

    @Test
    void a_payer_context_has_no_code_message_or_evidence_when_the_reason_is_confidential() {
        Verdict v = new Verdict(Party.ISSUER, null, "lost_or_stolen", Confidence.HIGH, "Stolen card, pick up.",
                List.of("code 43: Stolen card"), List.of("Never say stolen"), "issuer_decline", "never", true, "code iso8583:43");
        var ctx = renderer.context(new ReplyRenderer.Request(tx(), List.of(), v, Audience.PAYER, Lang.EN, Channel.CHAT,
                List.of()));
        assertThat(ctx.get("code")).isNull();
        assertThat(ctx.get("gateway_message")).isNull();
        assertThat(ctx.get("reason")).isNull();
        assertThat(ctx.get("summary")).isNull();
        assertThat((List<?>) ctx.get("evidence")).isEmpty();
        assertThat((List<?>) ctx.get("next_steps")).isEmpty();
        var note = renderer.context(new ReplyRenderer.Request(tx(), List.of(), v, Audience.PAYER, Lang.EN, Channel.NOTE,
                List.of()));
        assertThat(note.get("reason")).isEqualTo("lost_or_stolen");
        assertThat((List<?>) note.get("evidence")).hasSize(1);
    }

    /** Every party a family is used with, as a confidential verdict with a real confidential reason. */
    private static List<Verdict> confidentialVerdicts(String family, List<Row> rows) {
        List<Verdict> out = new ArrayList<>();
        rows.stream().filter(r -> r.family().equals(family)).map(Row::party).distinct().forEach(p ->
                out.add(new Verdict(p, null, "suspected_fraud", Confidence.HIGH, "Suspected fraud, card on a black list.",
                        List.of("code F.0116: suspected fraud"), List.of("Do not say fraud"), family, "never", true, "test")));
        if (out.isEmpty()) {
            out.add(new Verdict(Party.UNDETERMINED, null, "suspected_fraud", Confidence.LOW, "Suspected fraud.", List.of(),
                    List.of(), family, "never", true, "test"));
        }
        return out;
    }

    private static Transaction tx() {
        return new Transaction("65877-2c6e9f1a0b", "sandbox", "begateway", TxType.PAYMENT, TxStatus.FAILED,
                new Money(16400, "BYN"), Instant.parse("2026-11-21T01:27:33Z"), null, "Minsk Flowers", "MF-2026-1212",
                null, null, new Card("visa", "427550", "7731", "BY", null),
                new Decline("issuer", "F.0116", "Declined: suspected fraud, stolen card", List.of(new Code("begateway", "F.0116"))),
                null, null, false, null);
    }
}
