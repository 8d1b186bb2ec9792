package dev.paytriage.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private static final String KEY = "sk_test_51Invented0Key9Qz";

    @Test
    void a_secret_echoed_json_escaped_or_with_escaped_slashes_is_scrubbed_raw_and_decoded() throws Exception {
        Secrets s = Secrets.of(KEY, "pa/ss/word-77");
        String body = "{\"message\":\"bad key \\u0073k_test_51Invented0Key9Qz\",\"p\":\"pa\\/ss\\/word-77\"}";
        String scrubbed = s.scrub(body);
        assertThat(scrubbed).doesNotContain("Invented0Key9Qz").doesNotContain("word-77");
        JsonNode decoded = s.scrub(new ObjectMapper().readTree(body));
        assertThat(decoded.toString()).doesNotContain(KEY).doesNotContain("pa/ss/word-77").contains("[redacted]");
        assertThat(s.scrub(new ObjectMapper().readTree("{\"" + KEY + "\":1}")).toString()).doesNotContain(KEY);
    }

    @Test
    void a_percent_encoded_secret_is_scrubbed() {
        Secrets s = Secrets.of("p@ss w/rd");
        assertThat(s.scrub("GET /x?pw=p%40ss%20w%2Frd&y=1")).isEqualTo("GET /x?pw=[redacted]&y=1");
    }

    @Test
    void secrets_of_four_to_seven_characters_are_scrubbed_as_whole_words() {
        Secrets s = Secrets.of("k3y9", "abc");
        assertThat(s.scrub("key k3y9 refused")).isEqualTo("key [redacted] refused");
        assertThat(s.scrub("token=k3y9&x")).isEqualTo("token=[redacted]&x");
        assertThat(s.scrub("k3y99 is another word")).isEqualTo("k3y99 is another word");
        assertThat(s.values()).doesNotContain("abc");
    }

    @Test
    void a_url_gives_its_user_info_password_and_credential_query_values() {
        Secrets s = Secrets.of().withUrl("https://acme:Pw0rd-9@api.example.com/v1")
                .withUrl("/tx/{id}?api_key=Q7xK2mZ&format=json");
        assertThat(s.values()).contains("Pw0rd-9", "Q7xK2mZ", Secrets.basicToken("acme", "Pw0rd-9"))
                .doesNotContain("json", "{id}");
        assertThat(s.scrub("GET /tx/1?api_key=Q7xK2mZ")).doesNotContain("Q7xK2mZ");
    }
}
