package dev.paytriage.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Words.Phrases;
import dev.paytriage.complaint.Words.Token;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.model.WireEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a complaint states happened and what it asks for, read apart (complaint/statements.yaml): the
 * facts decide the topic through ordered rules, the remedy is answered by the reply.
 */
final class Statements {
    static final String RESOURCE = "complaint/statements.yaml";

    /** What was read: each fact with the words that said it, the remedy asked for, the topic the rules give. */
    record Reading(Map<String, List<String>> facts, String remedy, List<String> remedyWords, Topic topic,
            List<String> topicWords) {}

    private record TopicRule(List<String> all, List<String> any, List<String> none, Audience from, Topic topic) {
        boolean holds(Map<String, List<String>> facts, Audience author) {
            return facts.keySet().containsAll(all) && (any.isEmpty() || any.stream().anyMatch(facts::containsKey))
                    && none.stream().noneMatch(facts::containsKey) && (from == null || from == author);
        }
    }

    private final Phrases<String> facts = new Phrases<String>().stemmed();
    // a remedy is a request, in its own forms: a stem would read "вернули" (they returned) as "верните"
    private final Phrases<String> remedies = new Phrases<>();
    private final List<TopicRule> rules = new ArrayList<>();

    private static volatile Statements bundled;

    static Statements bundled() {
        Statements s = bundled;
        if (s == null) {
            s = new Statements(Lexicon.read(RESOURCE));
            bundled = s;
        }
        return s;
    }

    private Statements(JsonNode root) {
        Lexicon.need(root, "facts").properties().forEach(e -> facts.addAll(Lexicon.strings(e.getValue()), e.getKey()));
        Lexicon.need(root, "remedies").properties().forEach(e ->
                remedies.addAll(Lexicon.strings(e.getValue()), e.getKey()));
        Set<String> known = new java.util.HashSet<>();
        Lexicon.need(root, "facts").fieldNames().forEachRemaining(known::add);
        for (JsonNode r : Lexicon.need(root, "topic_rules")) {
            String name = Lexicon.need(r, "topic").asText();
            Topic topic = WireEnum.parse(Topic.class, name);
            if (topic == null) {
                throw new PaytriageException(ExitCode.INTERNAL, RESOURCE + ": unknown topic '" + name + "'");
            }
            List<String> all = r.has("all") ? Lexicon.strings(r.get("all")) : List.of();
            List<String> any = r.has("any") ? Lexicon.strings(r.get("any")) : List.of();
            List<String> none = r.has("none") ? Lexicon.strings(r.get("none")) : List.of();
            for (String f : concat(all, any, none)) {
                if (!known.contains(f)) {
                    throw new PaytriageException(ExitCode.INTERNAL, RESOURCE + ": topic rule names unknown fact '" + f + "'");
                }
            }
            Audience from = r.has("from") ? WireEnum.parse(Audience.class, r.get("from").asText()) : null;
            rules.add(new TopicRule(all, any, none, from, topic));
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    Reading read(List<Token> tokens, Audience author) {
        // a typo is a word no phrase knows ("пришел" is not a misspelt "прошел"), of seven letters or more ("ending" is no "pending")
        Words.Fuzz fuzz = new Words.Fuzz(7, t -> !facts.knows(t) && !remedies.knows(t));
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (Phrases.Match<String> m : facts.all(tokens, fuzz)) {
            said.computeIfAbsent(m.tag(), k -> new ArrayList<>()).add(m.words(tokens));
        }
        String remedy = null;
        List<String> remedyWords = new ArrayList<>();
        for (Phrases.Match<String> m : remedies.all(tokens, null)) {
            if (remedy == null) {
                remedy = m.tag();
            }
            if (m.tag().equals(remedy)) {
                remedyWords.add(m.words(tokens));
            }
        }
        for (TopicRule r : rules) {
            if (r.holds(said, author)) {
                List<String> words = new ArrayList<>();
                for (String f : concat(r.all(), r.any(), List.of())) {
                    words.addAll(said.getOrDefault(f, List.of()));
                }
                return new Reading(said, remedy, remedyWords, r.topic(), words);
            }
        }
        return new Reading(said, remedy, remedyWords, null, List.of());
    }
}
