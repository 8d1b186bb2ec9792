package dev.paytriage.output;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * Puts text on the clipboard of the terminal the agent sits at, with the OSC 52 escape sequence
 * (ESC ] 52 ; c ; base64 BEL). The terminal does the copying, so it works over SSH. Terminal
 * multiplexers swallow escape sequences: inside tmux the sequence is sent as is (taken when tmux has
 * set-clipboard on) and again wrapped in tmux's DCS passthrough (taken when allow-passthrough is on);
 * inside GNU screen it is wrapped in screen's DCS in chunks screen accepts.
 */
public final class Osc52 {
    /** Larger payloads are cut off or refused by common terminals; a reply never comes near it. */
    public static final int MAX_BYTES = 74_994;
    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";
    private static final String ST = ESC + "\\";
    private static final int SCREEN_CHUNK = 700;

    public enum Multiplexer { NONE, TMUX, SCREEN }

    private Osc52() {}

    public static Multiplexer detect(UnaryOperator<String> env) {
        if (present(env.apply("TMUX"))) {
            return Multiplexer.TMUX;
        }
        String term = env.apply("TERM");
        if (present(env.apply("STY")) || term != null && term.startsWith("screen")) {
            return Multiplexer.SCREEN;
        }
        return Multiplexer.NONE;
    }

    /** The bytes to write to the terminal; null when the text is too long to copy this way. */
    public static String sequence(String text, Multiplexer mux) {
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        if (b64.length() > MAX_BYTES) {
            return null;
        }
        String osc = ESC + "]52;c;" + b64 + BEL;
        return switch (mux) {
            case NONE -> osc;
            case TMUX -> osc + ESC + "Ptmux;" + osc.replace(ESC, ESC + ESC) + ST;
            case SCREEN -> screen(b64);
        };
    }

    private static String screen(String b64) {
        StringBuilder sb = new StringBuilder(ESC + "P" + ESC + "]52;c;");
        for (int i = 0; i < b64.length(); i += SCREEN_CHUNK) {
            if (i > 0) {
                sb.append(ST).append(ESC).append('P');
            }
            sb.append(b64, i, Math.min(b64.length(), i + SCREEN_CHUNK));
        }
        return sb.append(BEL).append(ST).toString();
    }

    private static boolean present(String v) {
        return v != null && !v.isEmpty();
    }
}
