package dev.paytriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.gateway.begateway.BeGatewayMapper;
import dev.paytriage.gateway.stripe.StripeMapper;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Money;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.WireEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds triage cases from data: a base payload in a gateway's own shape (beGateway API v2 or v3,
 * Stripe payment intent or charge, under src/test/resources/triage/base/) with the case's fields merged
 * in, read through the real mapper — so the cases exercise the adapters' code tagging too.
 */
final class CaseBuilder {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SHAPES = List.of("begateway_v2", "begateway_v3", "stripe_pi", "stripe_charge");

    private CaseBuilder() {}

    /** A transaction of a shape with {@code with} merged (into "transaction" for API v2). */
    static Transaction transaction(String shape, JsonNode with) {
        ObjectNode base = (ObjectNode) read("triage/base/" + shape + ".json");
        if (with != null && !with.isNull()) {
            merge(shape.equals("begateway_v2") ? (ObjectNode) base.get("transaction") : base, with);
        }
        List<Transaction> txs = shape.startsWith("stripe")
                ? StripeMapper.transactions(base, "case", StripeMapper.DEFAULT_ORDER_KEY)
                : BeGatewayMapper.transactions(base, "case");
        if (txs.size() != 1) {
            throw new IllegalStateException(shape + " with " + with + " gave " + txs.size() + " transactions");
        }
        return txs.get(0);
    }

    /** The case a YAML entry describes. */
    static Case build(JsonNode c) {
        String shape = c.path("shape").asText();
        if (!SHAPES.contains(shape)) {
            throw new IllegalArgumentException("case '" + c.path("name").asText() + "' has unknown shape " + shape);
        }
        Transaction tx = transaction(shape, c.get("with"));
        return new Case(tx, others(c.get("same_order"), shape), others(c.get("shop_recent"), shape),
                c.hasNonNull("topic") ? WireEnum.parse(Topic.class, c.get("topic").asText()) : null,
                c.hasNonNull("from") ? WireEnum.parse(Audience.class, c.get("from").asText()) : Audience.PAYER,
                c.hasNonNull("claimed") ? money(c.get("claimed").asText()) : null,
                Instant.parse(c.path("now").asText("2026-11-23T09:00:00Z")), said(c.get("said")));
    }

    /** What the complaint states (complaint/statements.yaml's fact names), e.g. said: [fee_question]. */
    private static java.util.Set<String> said(JsonNode list) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (list != null) {
            list.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<Transaction> others(JsonNode list, String shape) {
        List<Transaction> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode o : list) {
                out.add(transaction(o.path("shape").asText(shape), o.get("with")));
            }
        }
        return out;
    }

    /** "45.90 BYN" as a complaint states it. */
    static Money money(String text) {
        String[] p = text.trim().split("\\s+");
        Money probe = new Money(0, p[1]);
        return new Money(new BigDecimal(p[0]).movePointRight(probe.exponent()).longValueExact(), p[1]);
    }

    static void merge(ObjectNode target, JsonNode patch) {
        var it = patch.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = target.get(e.getKey());
            if (e.getValue().isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    static JsonNode read(String resource) {
        try (InputStream in = CaseBuilder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
