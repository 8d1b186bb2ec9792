package dev.paytriage.gateway;

import dev.paytriage.gateway.begateway.BeGatewayGateway;
import dev.paytriage.gateway.rest.RestGateway;
import dev.paytriage.gateway.stripe.StripeGateway;
import java.util.Map;

/** The live adapters by config type. The sandbox needs no factory; Gateways builds it directly. */
public final class Adapters {
    private Adapters() {}

    public static Map<String, Gateways.Factory> factories() {
        return Map.of(
                "begateway", BeGatewayGateway::create,
                "stripe", StripeGateway::create,
                "rest", RestGateway::create);
    }
}
