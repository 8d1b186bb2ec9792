package dev.paytriage.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Words.Phrases;
import dev.paytriage.complaint.Words.Token;
import dev.paytriage.model.Topic;
import dev.paytriage.model.WireEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a complaint is about, from the keyword rules in complaint/topics.yaml (see the file for how). */
final class TopicRules {
    static final String RESOURCE = "complaint/topics.yaml";

    private final Map<Topic, Phrases<Integer>> phrases = new LinkedHashMap<>();

    private static volatile TopicRules bundled;

    static TopicRules bundled() {
        TopicRules t = bundled;
        if (t == null) {
            t = new TopicRules(Lexicon.read(RESOURCE));
            bundled = t;
        }
        return t;
    }

    private TopicRules(JsonNode root) {
        for (JsonNode rule : Lexicon.need(root, "topics")) {
            String name = Lexicon.need(rule, "topic").asText();
            Topic topic = WireEnum.parse(Topic.class, name);
            if (topic == null) {
                throw new PaytriageException(ExitCode.INTERNAL, RESOURCE + ": unknown topic '" + name + "'");
            }
            Phrases<Integer> own = phrases.computeIfAbsent(topic, k -> new Phrases<>());
            Lexicon.need(rule, "phrases").properties().forEach(e ->
                    own.addAll(Lexicon.strings(e.getValue()), Integer.parseInt(e.getKey())));
        }
    }

    /**
     * Each topic reads the text on its own (its longest phrase wins at each place, so "не списали"
     * outweighs "списали" only through the weights); the topic with the highest total wins.
     */
    Complaint.Inferred<Topic> infer(List<Token> tokens) {
        // a typo is a word no rule knows: "пришел" is not a misspelt "прошел"
        Words.Fuzz fuzz = new Words.Fuzz(5, t -> phrases.values().stream().noneMatch(p -> p.knows(t)));
        Topic best = null;
        int bestScore = 0;
        List<String> bestTriggers = List.of();
        for (Map.Entry<Topic, Phrases<Integer>> e : phrases.entrySet()) {
            int score = 0;
            List<String> triggers = new ArrayList<>();
            for (Phrases.Match<Integer> m : e.getValue().all(tokens, fuzz)) {
                score += m.tag();
                String words = m.words(tokens);
                String trigger = m.fuzzy() ? words + " (≈ " + m.phrase().source() + ")" : words;
                if (!triggers.contains(trigger)) {
                    triggers.add(trigger);
                }
            }
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
                bestTriggers = triggers;
            }
        }
        return best == null ? Complaint.Inferred.nothing() : new Complaint.Inferred<>(best, bestTriggers);
    }
}
