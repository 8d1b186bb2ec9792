package dev.paytriage.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void entities_nbsp_breaks_and_paragraphs_become_plain_lines() {
        assertThat(HtmlText.of("<p>Списали&nbsp;142,50&nbsp;BYN &amp; ничего<br>не пришло</p><p>Заказ&#160;7731</p>"))
                .isEqualTo("Списали 142,50 BYN & ничего\nне пришло\n\nЗаказ 7731");
    }

    @Test
    void quoted_earlier_mail_and_scripts_are_not_the_customers_words() {
        String html = "<div>It is ORD-2208.</div><div class=\"gmail_quote\">On Mon support wrote:<blockquote>Which order,"
                + " e.g. ORD-1234?</blockquote></div><blockquote>older</blockquote><script>alert(1)</script>"
                + "<style>p{color:red}</style>";
        assertThat(HtmlText.of(html)).isEqualTo("It is ORD-2208.");
    }

    @Test
    void plain_text_keeps_its_lines_and_only_decodes_entities() {
        assertThat(HtmlText.of("Line one\n  Line two &quot;x&quot; 5 < 7\n> quoted reply\n\n\n\nLast"))
                .isEqualTo("Line one\nLine two \"x\" 5 < 7\n\nLast");
    }

    @Test
    void nothing_reads_as_empty() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of("<p>&nbsp;</p>")).isEmpty();
    }
}
