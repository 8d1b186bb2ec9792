package dev.paytriage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.output.Json;
import dev.paytriage.reply.ReplyRenderer;
import dev.paytriage.reply.TemplateLint;
import dev.paytriage.reply.TemplateStore;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"The reply templates in use: list them, show one, lint them all.",
            "Templates live in replies/<lang>/{body,subject,note,layout,partials}/; a file of the same name under"
                + " the config's replies.templates_dir shadows the bundled one."},
        subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.Show.class, TemplatesCommand.Lint.class})
final class TemplatesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: use 'templates list', 'templates show NAME' or 'templates lint'");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"One template per line: its name, then where it comes from (bundled, or the override's path).",
                "Examples:",
                "  paytriage templates list | grep '^ru/body/'",
                "  paytriage templates list -o json"})
    static final class ListTemplates extends BaseCommand {
        @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LangConverter.class,
                completionCandidates = Converters.LangNames.class, description = "Only this language: en, ru or uk.")
        dev.paytriage.reply.Lang lang;

        @picocli.CommandLine.Mixin
        OutputOptions format;

        @Override
        int run(Services s) {
            TemplateStore store = s.renderer().store();
            SortedSet<String> names = new TreeSet<>(TemplateStore.bundledNames());
            names.addAll(store.overrideNames());
            names.removeIf(n -> lang != null && !n.startsWith(lang.wire() + "/"));
            if (format.output() == OutputOptions.Output.json) {
                ArrayNode arr = Json.MAPPER.createArrayNode();
                for (String n : names) {
                    ObjectNode o = arr.addObject();
                    o.put("name", n);
                    o.put("origin", store.origin(n));
                    o.put("overridden", store.isOverridden(n));
                }
                out().println(Json.line(arr));
                return ExitCode.OK.code;
            }
            int width = names.stream().mapToInt(String::length).max().orElse(10);
            for (String n : names) {
                out().println(String.format("%-" + width + "s  %s", n, store.origin(n)));
            }
            return ExitCode.OK.code;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print one template's source (the override when there is one; the origin goes to stderr).",
                "NAME is as 'templates list' prints it; '.mustache' may be left out.",
                "Start an override from the bundled text:",
                "  paytriage templates show ru/body/payer_funds.payer --bundled > DIR/ru/body/payer_funds.payer.mustache"})
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "e.g. ru/body/payer_funds.payer")
        String name;

        @Option(names = "--bundled", description = "Show the bundled version even when templates_dir overrides it.")
        boolean bundled;

        @Override
        int run(Services s) {
            String n = name.strip().replaceFirst("^/+", "");
            if (!n.endsWith(".mustache")) {
                n = n + ".mustache";
            }
            TemplateStore store = s.renderer().store();
            Optional<String> text = bundled ? TemplateStore.bundled(n) : store.find(n);
            if (text.isEmpty()) {
                throw new PaytriageException(ExitCode.USAGE, "no template named " + name + suggestion(n, store)
                        + ": see 'paytriage templates list'");
            }
            err().println("# " + n + " — " + (bundled ? "bundled" : store.origin(n)));
            err().flush();
            out().print(text.get());
            if (!text.get().endsWith("\n")) {
                out().println();
            }
            return ExitCode.OK.code;
        }

        private static String suggestion(String n, TemplateStore store) {
            SortedSet<String> all = new TreeSet<>(TemplateStore.bundledNames());
            all.addAll(store.overrideNames());
            String tail = n.substring(n.lastIndexOf('/') + 1);
            return all.stream().filter(a -> a.endsWith("/" + tail)).findFirst()
                    .or(() -> all.stream().filter(a -> a.contains(tail.replace(".mustache", ""))).findFirst())
                    .map(a -> " (did you mean " + a.replace(".mustache", "") + "?)").orElse("");
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Render every template for every reason family, party, audience, language and channel with",
                "sample data. Fails (exit 5) on a missing template, an unknown variable, an empty result, a chat part",
                "over replies.chat_part_limit, a confidential reason in a payer's reply, or an override that shadows",
                "nothing. Problems go to stdout, one per line."})
    static final class Lint extends BaseCommand {
        @picocli.CommandLine.Mixin
        OutputOptions format;

        @Override
        int run(Services s) {
            ReplyRenderer renderer = s.renderer();
            TemplateLint.Result r = new TemplateLint(renderer, s.engine().families(), s.engine().rows()).run();
            if (format.output() == OutputOptions.Output.json) {
                ObjectNode o = Json.object();
                o.put("ok", r.ok());
                o.put("templates", r.templates());
                o.put("renders", r.renders());
                o.put("chat_part_limit", renderer.settings().chatPartLimit());
                o.put("templates_dir", renderer.store().overrideDir() == null ? null
                        : renderer.store().overrideDir().toString());
                ArrayNode arr = o.putArray("problems");
                r.problems().forEach(p -> arr.addObject().put("template", p.template()).put("origin", p.origin())
                        .put("message", p.message()));
                out().println(Json.line(o));
            } else if (r.ok()) {
                out().println("templates lint: ok — " + r.templates() + " templates, " + r.renders()
                        + " renders (families × parties × audiences × languages × channels), chat parts within "
                        + renderer.settings().chatPartLimit() + " characters");
            } else {
                r.problems().forEach(p -> out().println(p));
            }
            if (!r.ok()) {
                out().flush();
                String where = renderer.store().overrideDir() == null ? "" : " (templates_dir "
                        + renderer.store().overrideDir() + ")";
                throw new PaytriageException(ExitCode.CONFIG, "templates lint found " + r.problems().size()
                        + (r.problems().size() == 1 ? " problem" : " problems") + where
                        + ": fix what is listed above, then run 'paytriage templates lint' again");
            }
            return ExitCode.OK.code;
        }
    }
}
