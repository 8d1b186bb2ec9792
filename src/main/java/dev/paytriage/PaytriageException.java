package dev.paytriage;

/**
 * A failure the user can act on. The message is the one line printed on stderr: what went wrong and
 * what to do. It must never contain a secret or a card number.
 */
public class PaytriageException extends RuntimeException {
    private final ExitCode exitCode;

    public PaytriageException(ExitCode exitCode, String message) {
        this(exitCode, message, null);
    }

    public PaytriageException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
