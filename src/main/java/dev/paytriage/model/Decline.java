package dev.paytriage.model;

import java.util.List;

/**
 * Why the transaction did not succeed, as the gateway reported it. {@code source} says whose system
 * produced the primary code: issuer, acquirer, gateway, risk, 3ds, validation. {@code codes} keeps every
 * code seen, most specific first.
 */
public record Decline(String source, String code, String message, List<Code> codes) {
    public Decline {
        source = SafeText.clean(source);
        code = SafeText.clean(code);
        message = SafeText.clean(message);
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
