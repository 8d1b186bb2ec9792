package dev.paytriage;

/** The contract's exit codes. Every non-zero exit prints one line saying what went wrong and what to do. */
public enum ExitCode {
    OK(0), USAGE(2), NOT_FOUND(3), GATEWAY(4), CONFIG(5), BULK_PARTIAL(6), INTERNAL(1),
    /** bulk could not read its input or write its results (disk full, read-only, …); --resume finishes it. */
    IO(74),
    /** bulk was interrupted (Ctrl-C); --resume finishes it. */
    INTERRUPTED(130);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
