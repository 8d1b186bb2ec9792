package dev.paytriage.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Plain http only to the loopback interface, decided by what the URL says — never by a name's prefix or its DNS. */
class UrlsLoopbackTest {

    private static String host(String url) {
        return HttpUrl.get(url).host();
    }

    @Test
    void localhost_and_loopback_literals_are_loopback() {
        for (String url : List.of("http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:9", "http://127.255.3.4",
                "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]", "http://[::ffff:127.0.0.1]")) {
            assertThat(Urls.loopback(host(url))).as(url).isTrue();
        }
    }

    @Test
    void names_that_merely_start_like_loopback_are_not() {
        for (String url : List.of("http://127.evil.example", "http://127.0.0.1.nip.io", "http://localhost.evil.example",
                "http://127.0.0.1.evil.example", "http://evil.example", "http://128.0.0.1", "http://[::2]",
                "http://[fe80::1]", "http://0.0.0.0", "http://127.1", "http://0x7f000001", "http://2130706433",
                "http://localhost.")) {
            assertThat(Urls.loopback(host(url))).as(url).isFalse();
        }
        assertThat(Urls.loopback(null)).isFalse();
    }
}
