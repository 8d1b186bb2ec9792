package dev.paytriage.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A representative reply for every responsible party, in every language and channel, compared with a
 * file read and approved by a native speaker (src/test/resources/golden/README.md lists what was
 * checked). After an intended change, rerun with -Dgolden.update=true: each file that differs is rewritten
 * and its test fails, naming it; read the diff, then run again without the flag.
 */
class GoldenReplyTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPDATE_PROPERTY = "golden.update";
    /** Update mode writes what differs and fails, so an update is never a silent pass. */
    private static final boolean UPDATE = Boolean.getBoolean(UPDATE_PROPERTY);
    private static CliRun run;

    /** party, sandbox id, extra flags: one case per party of the contract. */
    private static final String[][] CASES = {
        {"payer", "58213-4f9a1c2b7e", "--topic", "payment_failed"},
        {"issuer", "65877-2c6e9f1a0b", "--topic", "payment_failed"},
        {"merchant", "63052-d84f1a6b3c", "--topic", "goods_not_delivered"},
        {"module_misconfigured", "66419-0c7b3e9a52", "--topic", "charged_not_confirmed"},
        {"acquirer", "5f3c8a27-0d64-4e1b-9a72-b84e16c0f5d3", "--from", "merchant"},
        {"limit_exceeded", "61874-b2c90e4d17", "--from", "merchant"},
        {"gateway", "16a8d4e2-b3f9-4c70-8d65-e0b9a72c1f43", "--from", "merchant"},
        {"undetermined", "4b9f1e07-3c82-4d6e-a5b9-07e2d8c4f163", "--from", "merchant"},
    };

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String[] c : CASES) {
            for (String lang : new String[] {"en", "ru", "uk"}) {
                for (String channel : new String[] {"chat", "email", "note"}) {
                    out.add(Arguments.of(c, lang, channel));
                }
            }
        }
        return out.stream();
    }

    /** One home with the two configs the golden files were approved with (signature in Latin or Cyrillic). */
    @BeforeAll
    static void configs() throws Exception {
        run = new CliRun();
        for (String lang : new String[] {"en", "ru"}) {
            Files.writeString(config(lang), "replies:\n  team: Cosmo Pay\n  signature: " + ("en".equals(lang) ? "Anna" : "Анна")
                    + "\n  time_zone: Europe/Minsk\n");
        }
    }

    private static Path config(String lang) {
        return run.home().resolve("en".equals(lang) ? "config-en.yaml" : "config-ru.yaml");
    }

    @ParameterizedTest(name = "{1} {2} {0}")
    @MethodSource("cases")
    void the_reply_matches_its_approved_text(String[] c, String lang, String channel) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", c[1], "--lang", lang, "--channel", channel, "-o", "json",
                "--config", config(lang).toString()));
        args.addAll(List.of(c).subList(2, c.length));

        CliRun.Result r = run.run(args.toArray(String[]::new));

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = JSON.readTree(r.out());
        assertThat(result.at("/verdict/party").asText()).isEqualTo(c[0]);
        List<String> parts = new ArrayList<>();
        result.get("reply").get("parts").forEach(p -> parts.add(p.asText()));
        String actual = String.join("\n\n", parts) + "\n";

        Path golden = DIR.resolve(c[0] + "." + lang + "." + channel + ".txt");
        String approved = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
        if (UPDATE && !actual.equals(approved)) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("%s %s: read it (git diff %s) and have it approved, then run again without -D%s",
                    approved == null ? "created" : "updated", golden, DIR, UPDATE_PROPERTY);
        }
        assertThat(approved).as("golden file %s is missing: create it with -D%s=true, then read it", golden,
                UPDATE_PROPERTY).isNotNull();
        assertThat(actual).as("the reply differs from %s (after an intended change: -D%s=true, then read the diff)",
                golden, UPDATE_PROPERTY).isEqualTo(approved);
    }
}
