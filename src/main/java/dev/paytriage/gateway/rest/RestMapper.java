package dev.paytriage.gateway.rest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Currencies;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.Processing;
import dev.paytriage.model.ThreeDSecure;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one item of a configured JSON API into the model by the spec's JSON Pointers. */
final class RestMapper {
    static final String TYPE = "rest";

    private final String gateway;
    private final RestSpec spec;
    private final String shopName;

    RestMapper(String gateway, RestSpec spec, String shopName) {
        this.gateway = gateway;
        this.spec = spec;
        this.shopName = shopName;
    }

    Transaction map(JsonNode item) {
        String id = text(item, "id");
        if (id == null) {
            throw new GatewayException("garbage", "gateway " + gateway + " answered an item without an id at "
                    + spec.fields().get("id") + ": check gateways." + gateway + ".rest.fields.id");
        }
        TxStatus status = status(text(item, "status"));
        String currency = text(item, "currency");
        String shop = text(item, "shop");
        return new Transaction(id, gateway, TYPE, type(text(item, "type")), status, money(item, currency),
                instant(item, "created_at"), instant(item, "paid_at"), shop != null ? shop : shopName,
                text(item, "order_id"), text(item, "parent_id"), text(item, "description"), card(item),
                decline(item, status), threeDSecure(item), null,
                Processing.of(text(item, "rrn"), text(item, "auth_code"), null, text(item, "route"), null, null),
                bool(item, "test"), item);
    }

    private TxStatus status(String value) {
        if (value == null) {
            return TxStatus.UNKNOWN;
        }
        TxStatus mapped = lookup(spec.statusMap(), value);
        return mapped != null ? mapped : byName(TxStatus.class, value, TxStatus.UNKNOWN);
    }

    private TxType type(String value) {
        if (value == null) {
            return TxType.OTHER;
        }
        TxType mapped = lookup(spec.typeMap(), value);
        return mapped != null ? mapped : byName(TxType.class, value, TxType.OTHER);
    }

    /** The exact key first, then ignoring case: APIs are not consistent about "Declined" and "declined". */
    private static <E> E lookup(Map<String, E> map, String value) {
        E exact = map.get(value);
        if (exact != null) {
            return exact;
        }
        return map.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(value)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E byName(Class<E> type, String value, E fallback) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        return fallback;
    }

    private Money money(JsonNode item, String currency) {
        if (currency == null) {
            return null;
        }
        JsonNode minor = at(item, "amount_minor");
        if (minor != null) {
            try {
                return new Money(new BigDecimal(minor.asText().trim()).longValueExact(), currency);
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        JsonNode major = at(item, "amount_major");
        if (major != null) {
            try {
                BigDecimal units = new BigDecimal(major.asText().trim()).movePointRight(Currencies.exponent(currency));
                return new Money(units.longValueExact(), currency);
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Card card(JsonNode item) {
        String last4 = text(item, "card_last4");
        String brand = text(item, "card_brand");
        String bin = text(item, "card_bin");
        if (last4 == null && brand == null && bin == null) {
            return null;
        }
        return new Card(brand, bin, last4,
                text(item, "card_issuer_country"), text(item, "card_issuer_name"));
    }

    private Decline decline(JsonNode item, TxStatus status) {
        if (status == TxStatus.SUCCESSFUL) {
            return null;
        }
        List<Code> codes = new ArrayList<>();
        String code = text(item, "decline_code");
        if (code != null) {
            codes.add(new Code(spec.codeNamespace(), code));
        }
        String bank = text(item, "bank_code");
        if (bank != null) {
            codes.add(new Code("iso8583", bank));
        }
        String message = text(item, "decline_message");
        if (codes.isEmpty() && message == null) {
            return null;
        }
        return new Decline(spec.declineSource(), codes.isEmpty() ? null : codes.get(0).value(), message, codes);
    }

    private ThreeDSecure threeDSecure(JsonNode item) {
        String status = text(item, "three_ds_status");
        String message = text(item, "three_ds_message");
        String eci = text(item, "three_ds_eci");
        String fail = text(item, "three_ds_fail_reason");
        if (status == null && message == null && eci == null && fail == null) {
            return null;
        }
        return new ThreeDSecure(status == null ? null : status.toLowerCase(Locale.ROOT), message, eci, fail);
    }

    private JsonNode at(JsonNode item, String field) {
        JsonPointer p = spec.fields().get(field);
        if (p == null) {
            return null;
        }
        JsonNode v = item.at(p);
        return v.isMissingNode() || v.isNull() ? null : v;
    }

    private String text(JsonNode item, String field) {
        JsonNode v = at(item, field);
        if (v == null || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isEmpty() ? null : s;
    }

    private boolean bool(JsonNode item, String field) {
        JsonNode v = at(item, field);
        if (v == null) {
            return false;
        }
        if (v.isBoolean() || v.isNumber()) {
            return v.asBoolean();
        }
        return "true".equalsIgnoreCase(v.asText().trim()) || "1".equals(v.asText().trim());
    }

    /** ISO-8601 with an offset, or a Unix time in seconds (or milliseconds, when it is that large). */
    private Instant instant(JsonNode item, String field) {
        JsonNode v = at(item, field);
        if (v == null) {
            return null;
        }
        if (v.isNumber() || v.asText().matches("\\d{9,14}")) {
            long n = v.asLong();
            return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        try {
            return OffsetDateTime.parse(v.asText().trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
