package dev.paytriage.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent we send: gateways' support can find our requests in their logs by it. */
final class Version {
    static final String USER_AGENT = "paytriage/" + read();

    private Version() {}

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("paytriage-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
