package dev.paytriage.gateway;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.SafeText;

/** The gateway could not be reached, refused our credentials, or answered something we cannot read (exit 4). */
public class GatewayException extends PaytriageException {
    /** unreachable | auth | garbage | rejected */
    private final String kind;

    public GatewayException(String kind, String message) {
        this(kind, message, null);
    }

    /** The message may quote the gateway's own words: it passes the gate here, once, for every adapter. */
    public GatewayException(String kind, String message, Throwable cause) {
        super(ExitCode.GATEWAY, SafeText.clean(message), cause);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
