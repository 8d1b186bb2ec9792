package dev.paytriage.helpdesk;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.config.HelpdeskConfig;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.http.GatewayHttp;
import dev.paytriage.gateway.http.HttpSettings;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.gateway.http.Urls;
import dev.paytriage.model.SafeText;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What every desk adapter shares: the project's HTTP client (shared pool, timeouts, retries honouring
 * Retry-After, secret scrubbing, one-line failures) built from the desk's config, and the not-found
 * failure (exit 3).
 */
public final class DeskHttp {
    private DeskHttp() {}

    /** The desk's base URL: https (http only for localhost stubs), no query. */
    public static HttpUrl base(String name, HelpdeskConfig c, String example, Gateways.Context ctx) {
        return Urls.base(List.of("helpdesks", name, "base_url"), c.baseUrl(), example, ctx);
    }

    public static GatewayHttp client(String name, HelpdeskConfig c, GatewayHttp.Credentials credentials,
            Secrets secrets, Gateways.Context ctx) {
        HttpSettings settings = HttpSettings.of(c.connectTimeoutOrDefault(), c.readTimeoutOrDefault(),
                c.totalTimeoutOrDefault(), c.maxAttemptsOrDefault());
        return GatewayHttp.forHelpDesk(name, settings, credentials, Map.of(), secrets, ctx);
    }

    /** Exit 3: the desk does not know the ticket (or the credentials may not see it). */
    public static PaytriageException noSuchTicket(String desk, String id) {
        return new PaytriageException(ExitCode.NOT_FOUND, "no ticket " + SafeText.clean(id) + " on help desk " + desk
                + ": check the number (and that the API user may see the ticket)");
    }
}
