package dev.paytriage.output;

import dev.paytriage.pipeline.CaseResult;
import dev.paytriage.reply.Reply;

/** The reply for chats that render Markdown: parts separated by rules, the subject in bold. */
public final class MarkdownView {
    private MarkdownView() {}

    public static String render(CaseResult r) {
        Reply reply = r.reply();
        StringBuilder sb = new StringBuilder();
        if (reply.subject() != null) {
            sb.append("**").append(escape(reply.subject())).append("**\n\n");
        }
        for (int i = 0; i < reply.parts().size(); i++) {
            if (i > 0) {
                sb.append("\n\n---\n\n");
            }
            sb.append(escape(reply.parts().get(i)));
        }
        return sb.append('\n').toString();
    }

    /** Keeps text literal in Markdown: characters that would start formatting are escaped. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
