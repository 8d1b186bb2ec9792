package dev.paytriage.reply;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Brands;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.Currencies;
import dev.paytriage.model.LimitKind;
import dev.paytriage.model.Party;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import dev.paytriage.model.WireEnum;
import dev.paytriage.triage.Verdict;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values a template sees. Every key is always present (null renders as empty), so a template that
 * names an unknown key fails in templates lint rather than in front of a customer. Confidential
 * details, and the internal evidence, are left out of payer replies here, not in each template.
 */
final class ReplyContext {
    /** What an "undetermined" reply may ask for; templates render each as a phrase of their language. */
    static final List<String> MISSING_KEYS = List.of("transaction_id", "order_id", "amount", "currency", "date",
            "card_last4", "shop", "payment_system", "tx_type", "bank_statement");

    /** What a complaint may ask for; a template answers it with {{#remedy_is.refund}}…{{/remedy_is.refund}}. */
    static final List<String> REMEDIES = List.of("refund", "cancel", "deliver", "activate");

    private ReplyContext() {}

    static String family(ReplyRenderer.Request r) {
        return r.verdict().family();
    }

    static Map<String, Object> build(ReplyRenderer.Request r, ReplySettings s) {
        Verdict v = r.verdict();
        boolean payer = r.audience() == Audience.PAYER;
        boolean note = r.channel() == Channel.NOTE;
        boolean hide = payer && v.confidential() && !note;
        boolean internal = !payer || note;
        Transaction t = r.transaction();
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("tx", tx(t, r.lang(), s));
        ctx.put("payer", payer);
        ctx.put("merchant", !payer);
        ctx.put("audience", r.audience().wire());
        ctx.put("family", v.family());
        ctx.put("confidential", v.confidential());
        ctx.put("party", v.party().wire());
        ctx.put("party_is", flags(Party.values(), v.party()));
        ctx.put("limit_is", flags(LimitKind.values(), v.limit()));
        ctx.put("confidence_is", flags(Confidence.values(), v.confidence()));
        ctx.put("reason", hide ? null : v.reason());
        ctx.put("summary", hide ? null : v.summary());
        ctx.put("confidence", v.confidence().wire());
        ctx.put("limit", v.limit() == null ? null : v.limit().wire());
        boolean declined = t != null && t.decline() != null;
        ctx.put("code", hide || !declined ? null : t.decline().code());
        ctx.put("gateway_message", hide || !declined ? null : quotable(t.decline().message()));
        ctx.put("evidence", internal ? v.evidence() : List.of());
        ctx.put("next_steps", internal ? v.nextSteps() : List.of());
        ctx.put("matched", internal ? v.matched() : null);
        for (String retry : List.of("never", "now", "later", "after_fix", "after_payer_action")) {
            ctx.put("retry_" + retry, retry.equals(v.retry()));
        }
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (Transaction a : sameShop(t, r.attempts())) {
            attempts.add(tx(a, r.lang(), s));
        }
        ctx.put("attempts", attempts);
        ctx.put("attempts_count", attempts.size());
        ctx.put("several_attempts", attempts.size() > 1);
        List<Map<String, Object>> successful = attempts.stream().filter(a -> Boolean.TRUE.equals(a.get("successful")))
                .toList();
        ctx.put("successful_attempts", successful);
        ctx.put("successful_count", successful.size());
        ctx.put("several_successful", successful.size() > 1);
        List<Map<String, Object>> missing = missing(r.missing());
        ctx.put("missing", missing);
        ctx.put("has_missing", !missing.isEmpty());
        ctx.put("team", s.teamOrDefault(r.lang()));
        ctx.put("signature", blankToNull(s.signature()));
        ctx.put("zone", s.zone().getId());
        var withdrawn = t == null || t.amount() == null ? null : Currencies.withdrawn(t.amount().currency());
        ctx.put("old_currency", withdrawn == null ? null : withdrawn.withdrawn());
        ctx.put("new_currency", withdrawn == null ? null : withdrawn.current());
        ctx.put("currency_since", withdrawn == null ? null : LocaleFormat.day(
                LocalDate.parse(withdrawn.since()).atStartOfDay(ZoneOffset.UTC).toInstant(), r.lang(), ZoneOffset.UTC));
        ctx.put("currency_factor", withdrawn == null || withdrawn.factor() == 0 ? null
                : String.format(java.util.Locale.ROOT, "%,d", withdrawn.factor()).replace(',', r.lang() == Lang.EN ? ',' : '\u00a0'));
        ctx.put("plural", new PluralLambda(r.lang()));
        Map<String, Object> remedy = new LinkedHashMap<>();
        REMEDIES.forEach(k -> remedy.put(k, k.equals(r.remedy())));
        ctx.put("remedy_is", remedy);
        ctx.put("has_remedy", r.remedy() != null && REMEDIES.contains(r.remedy()));
        // the rule that stopped a payment is the merchant's business and the note's, never the payer's
        ctx.put("risk_rule", !internal || t == null || t.risk() == null ? null : blankToNull(t.risk().rule()));
        ctx.put("subject", null);
        ctx.put("body", null);
        return ctx;
    }

    /** {"issuer": true, "payer": false, …}: lets a template word each value in its own language. */
    private static <E extends Enum<E> & WireEnum> Map<String, Object> flags(E[] values, E chosen) {
        return flags(values, chosen, WireEnum::wire);
    }

    private static <E extends Enum<E>> Map<String, Object> flags(E[] values, E chosen, Function<E, String> wire) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(wire.apply(e), e == chosen);
        }
        return m;
    }

    /** Keys a template may name inside {{#missing}}: the item's own flags, then the item's text. */
    private static List<Map<String, Object>> missing(List<String> keys) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String k : keys == null ? List.<String>of() : keys) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (String known : MISSING_KEYS) {
                item.put(known, known.equals(k));
            }
            item.put("known", MISSING_KEYS.contains(k));
            item.put("text", k);
            out.add(item);
        }
        return out;
    }

    /** Attempts of another shop never reach a reply, even when an order id happens to match. */
    private static List<Transaction> sameShop(Transaction t, List<Transaction> attempts) {
        if (attempts == null) {
            return List.of();
        }
        if (t == null || t.shop() == null) {
            return attempts;
        }
        return attempts.stream().filter(a -> a.shop() == null || Objects.equals(a.shop(), t.shop())).toList();
    }

    private static Map<String, Object> tx(Transaction t, Lang lang, ReplySettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t == null ? null : t.id());
        m.put("type", t == null ? null : t.type().wire());
        m.put("status", t == null ? null : t.status().wire());
        m.put("type_is", flags(TxType.values(), t == null ? null : t.type(), TxType::wire));
        m.put("status_is", flags(TxStatus.values(), t == null ? null : t.status(), TxStatus::wire));
        m.put("amount", t == null ? null : LocaleFormat.amount(t.amount(), lang));
        m.put("date", t == null ? null : LocaleFormat.dateTime(t.createdAt(), lang, s.zone()));
        m.put("day", t == null ? null : LocaleFormat.day(t.createdAt(), lang, s.zone()));
        m.put("time", t == null ? null : LocaleFormat.time(t.createdAt(), s.zone()));
        m.put("card", t == null ? null : card(t, lang));
        String shop = t == null ? null : blankToNull(t.shop());
        m.put("shop", shop);
        m.put("shop_quoted", shop == null ? null : quoted(shop, lang));
        m.put("order", t == null ? null : blankToNull(t.orderId()));
        m.put("is_payout", t != null && t.type() == TxType.PAYOUT);
        m.put("is_refund", t != null && t.type() == TxType.REFUND);
        m.put("is_authorization", t != null && t.type() == TxType.AUTHORIZATION);
        m.put("successful", t != null && t.status() == TxStatus.SUCCESSFUL);
        // money actually collected from the card, not a hold, a void or a refund
        m.put("charged", t != null && t.status() == TxStatus.SUCCESSFUL
                && (t.type() == TxType.PAYMENT || t.type() == TxType.CAPTURE));
        m.put("failed", t != null && t.status().isFinalFailure());
        m.put("test", t != null && t.test());
        m.put("rrn", t == null || t.processing() == null ? null : blankToNull(t.processing().rrn()));
        m.put("alternative_method", t != null && t.alternativeMethod());
        m.put("erip", t != null && "erip".equals(t.method()));
        java.time.Instant paid = t == null ? null : t.paidAt() != null ? t.paidAt() : t.createdAt();
        m.put("settlement_due", paid == null ? null
                : LocaleFormat.day(dev.paytriage.triage.SettlementCalendar.due(paid, s.zone()).atStartOfDay(s.zone())
                        .toInstant(), lang, s.zone()));
        return m;
    }

    /** "Visa •••• 4821"; only the brand and the last four digits ever reach a reply. */
    private static String card(Transaction t, Lang lang) {
        if (t.card() == null || t.card().last4() == null || !t.card().last4().matches("\\d{4}")) {
            return null;
        }
        String brand = t.card().brand() == null || t.card().brand().isBlank() ? switch (lang) {
            case RU -> "карта";
            case UK -> "картка";
            default -> "card";
        } : Brands.display(t.card().brand());
        return brand + " •••• " + t.card().last4();
    }

    /** A shop name in «guillemets» for Russian and Ukrainian text, unless it already carries quotes. */
    private static String quoted(String shop, Lang lang) {
        if (lang == Lang.EN || shop.matches(".*[\"«»“”„].*")) {
            return shop;
        }
        return "«" + shop + "»";
    }

    /** A message to put in quotes mid-sentence: the sentence supplies the full stop. */
    private static String quotable(String message) {
        String m = blankToNull(message);
        return m == null ? null : m.strip().replaceFirst("(?<!\\.)\\.$", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
