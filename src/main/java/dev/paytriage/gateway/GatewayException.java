package dev.paytriage.gateway;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;

/** The gateway could not be reached, refused our credentials, or answered something we cannot read (exit 4). */
public class GatewayException extends PaytriageException {
    /** unreachable | auth | garbage | rejected */
    private final String kind;

    public GatewayException(String kind, String message) {
        this(kind, message, null);
    }

    public GatewayException(String kind, String message, Throwable cause) {
        super(ExitCode.GATEWAY, message, cause);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
