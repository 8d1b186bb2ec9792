package dev.paytriage.gateway;

import java.io.PrintWriter;

/**
 * Where adapters report their requests with --verbose (method, path, status, timing). Lines arrive
 * already free of secrets; the sink only prints them. Silent unless the agent asked.
 */
@FunctionalInterface
public interface GatewayLog {
    GatewayLog NONE = line -> { };

    void line(String text);

    /** A sink printing each line to the given stream (stderr for the CLI). */
    static GatewayLog to(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }
}
