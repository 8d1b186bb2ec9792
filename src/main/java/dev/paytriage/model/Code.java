package dev.paytriage.model;

/**
 * One machine code the gateway reported, tagged with the namespace that defines it, e.g.
 * (begateway, F.0114), (iso8583, 51), (stripe, insufficient_funds), (stripe_advice, try_again_later).
 * The triage tables are keyed by these pairs, so no gateway field name leaks past its adapter.
 */
public record Code(String namespace, String value) {
    public Code {
        namespace = SafeText.clean(namespace);
        value = SafeText.clean(value);
    }

    @Override
    public String toString() {
        return namespace + ":" + value;
    }
}
