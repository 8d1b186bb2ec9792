package dev.paytriage.gateway;

import java.util.Map;

/** The live adapters by config type. The sandbox needs no factory; Gateways builds it directly. */
public final class Adapters {
    private Adapters() {}

    public static Map<String, Gateways.Factory> factories() {
        return Map.of();
    }
}
