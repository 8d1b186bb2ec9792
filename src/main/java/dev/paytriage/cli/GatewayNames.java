package dev.paytriage.cli;

import java.util.Iterator;
import java.util.List;

/**
 * Gateway names for completion. Completion scripts are generated offline, so this lists the
 * always-present sandbox; the shell completes configured names from the live config.
 */
final class GatewayNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return List.of("sandbox").iterator();
    }
}
