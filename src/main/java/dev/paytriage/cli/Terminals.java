package dev.paytriage.cli;

/**
 * Whether a file descriptor is a terminal, asked per stream (picocli's Ansi.AUTO and System.console()
 * go blind when only stdin is piped). Uses Jansi's isatty; falls back to System.console().
 */
final class Terminals {
    private Terminals() {}

    static boolean isatty(int fd) {
        try {
            return org.fusesource.jansi.internal.CLibrary.isatty(fd) != 0;
        } catch (Throwable nativeUnavailable) {
            // No native library for this platform: the JDK's view is the best left.
            return System.console() != null;
        }
    }
}
