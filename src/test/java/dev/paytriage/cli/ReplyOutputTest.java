package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the reply reaches the agent: split chat parts, the language, Markdown, the clipboard. */
class ReplyOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An acquirer decline to a merchant: its Ukrainian chat reply is longer than one phone screen. */
    private static final String LONG_CASE = "5f3c8a27-0d64-4e1b-9a72-b84e16c0f5d3";

    @Test
    void a_long_ukrainian_chat_reply_is_split_into_parts_that_each_fit_the_limit() throws Exception {
        CliRun.Result r = new CliRun().run("check", LONG_CASE, "--from", "merchant", "--lang", "uk", "--channel", "chat");
        CliRun.Result json = new CliRun().run("check", LONG_CASE, "--from", "merchant", "--lang", "uk", "--channel", "chat",
                "-o", "json");

        assertThat(r.exit()).isZero();
        List<String> parts = new ArrayList<>();
        JSON.readTree(json.ok().out()).at("/reply/parts").forEach(p -> parts.add(p.asText()));
        assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i)).hasSizeLessThanOrEqualTo(600).startsWith("(" + (i + 1) + "/" + parts.size() + ") ");
            assertThat(r.out()).contains(parts.get(i));
        }
        assertThat(parts.get(0)).endsWith("(продовження в наступному повідомленні)");
        assertThat(parts.get(parts.size() - 1)).doesNotContain("(продовження");
        assertThat(r.out()).contains("Reply to the merchant (uk, chat, " + parts.size() + " parts)");
    }

    @Test
    void the_chat_part_limit_comes_from_the_config() throws Exception {
        CliRun run = new CliRun();
        Path cfg = run.home().resolve("c.yaml");
        Files.writeString(cfg, "replies:\n  chat_part_limit: 200\n");

        JsonNode reply = JSON.readTree(run.run("check", LONG_CASE, "--from", "merchant", "--lang", "ru", "-o", "json",
                "--config", cfg.toString()).ok().out()).get("reply");

        assertThat(reply.get("parts").size()).isGreaterThanOrEqualTo(4);
        reply.get("parts").forEach(p -> assertThat(p.asText()).hasSizeLessThanOrEqualTo(200));
        assertThat(reply.get("parts").get(0).asText()).endsWith("(продолжение в следующем сообщении)");
    }

    @Test
    void the_language_is_the_flag_else_the_config_else_english() throws Exception {
        CliRun run = new CliRun();
        Path cfg = run.home().resolve("c.yaml");
        Files.writeString(cfg, "replies:\n  lang: uk\n  channel: email\n  team: Cosmo Pay\n  signature: Ганна\n"
                + "  time_zone: Europe/Kyiv\n");

        String fromConfig = run.run("check", "58213-4f9a1c2b7e", "--config", cfg.toString()).ok().out();
        String fromFlag = run.run("check", "58213-4f9a1c2b7e", "--config", cfg.toString(), "--lang", "ru").ok().out();
        String plain = run.run("check", "58213-4f9a1c2b7e").ok().out();

        assertThat(fromConfig).contains("Reply to the payer (uk, email)").contains("Тема: Ваш платіж")
                .contains("від 21\u00a0листопада\u00a02026\u00a0р. о 20:42").contains("З повагою,\nГанна\nCosmo Pay");
        assertThat(fromFlag).contains("Reply to the payer (ru, email)").contains("Тема: Ваш платёж");
        assertThat(plain).contains("Reply to the payer (en, chat)").contains("Hello!");
    }

    @Test
    void a_bad_replies_value_in_the_config_names_line_and_key() throws Exception {
        CliRun run = new CliRun();
        Path cfg = run.home().resolve("c.yaml");
        Files.writeString(cfg, "replies:\n  lang: de\n");
        Path zone = run.home().resolve("z.yaml");
        Files.writeString(zone, "replies:\n  chat_part_limit: 600\n  time_zone: Minsk\n");

        CliRun.Result lang = run.run("check", "58213-4f9a1c2b7e", "--config", cfg.toString());
        CliRun.Result tz = run.run("check", "58213-4f9a1c2b7e", "--config", zone.toString());

        assertThat(lang.exit()).isEqualTo(5);
        assertThat(lang.err()).contains("line 2").contains("replies.lang is 'de': use en, ru or uk");
        assertThat(tz.exit()).isEqualTo(5);
        assertThat(tz.err()).contains("line 3").contains("replies.time_zone").contains("Europe/Minsk");
    }

    @Test
    void markdown_shows_the_subject_in_bold_ids_as_code_and_escapes_only_what_would_format() {
        CliRun.Result email = new CliRun().run("check", "pi_3SQx3FNfQ2vKr8aT4XGgLeKv", "--from", "merchant",
                "--channel", "email", "-o", "markdown");
        CliRun.Result chat = new CliRun().run("check", LONG_CASE, "--from", "merchant", "--lang", "uk", "-o", "markdown");

        assertThat(email.exit()).isZero();
        assertThat(chat.exit()).isZero();
        assertThat(email.out()).startsWith("**Subject:** Payment `pi_3SQx3FNfQ2vKr8aT4XGgLeKv`")
                .doesNotContain("pi\\_").contains("Kind regards,  \n");
        assertThat(email.out().lines().filter(l -> l.startsWith("Subject:"))).isEmpty();
        assertThat(chat.out()).startsWith("**(1/2)** Добрий день!").contains("\n\n---\n\n**(2/2)** ")
                .contains("`" + LONG_CASE + "`");
    }

    @Test
    void copy_sends_the_reply_to_the_terminal_clipboard_on_stderr() throws Exception {
        CliRun.Result r = new CliRun().stderrTerminal().run("check", "58213-4f9a1c2b7e", "--lang", "ru", "--copy");
        String reply = JSON.readTree(new CliRun().run("check", "58213-4f9a1c2b7e", "--lang", "ru", "-o", "json").ok().out())
                .at("/reply/text").asText();

        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\u001b");
        Matcher m = Pattern.compile("\u001b]52;c;([A-Za-z0-9+/=]+)\u0007").matcher(r.err());
        assertThat(m.find()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8)).isEqualTo(reply);
        assertThat(r.err()).contains("copied the reply to the clipboard");
    }

    @Test
    void copy_inside_tmux_also_uses_the_passthrough_and_an_email_loses_its_subject_line() throws Exception {
        CliRun.Result r = new CliRun().stderrTerminal().env("TMUX", "/tmp/tmux-0/default,1,0")
                .run("check", "58213-4f9a1c2b7e", "--channel", "email", "--copy");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("\u001bPtmux;\u001b\u001b]52;c;").contains("without the subject line")
                .contains("tmux");
        Matcher m = Pattern.compile("\u001b]52;c;([A-Za-z0-9+/=]+)\u0007").matcher(r.err());
        assertThat(m.find()).isTrue();
        String copied = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
        assertThat(copied).startsWith("Hello,").doesNotContain("Subject:");
    }

    @Test
    void copy_refuses_politely_when_stderr_is_not_a_terminal() {
        CliRun.Result r = new CliRun().run("check", "58213-4f9a1c2b7e", "--copy");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Reply to the payer");
        assertThat(r.err()).doesNotContain("\u001b").contains("--copy needs a terminal on stderr");
        assertThat(r.err().lines()).hasSize(1);
    }
}
