package dev.paytriage.pipeline;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Money;
import dev.paytriage.model.SafeText;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;

/**
 * One lookup as asked: what to find, where, about what, and how to answer. {@code remedy} is what the
 * complaint asks for (refund, cancel, …; null for none): the reply answers it. {@code said}: what the
 * complaint states happened (complaint/statements.yaml's fact names), for the rows that depend on it.
 */
public record CaseQuery(
        String ref,
        String gateway,
        boolean orderIdOnly,
        Topic topic,
        Audience from,
        Lang lang,
        Channel channel,
        Money claimedAmount,
        String remedy,
        java.util.Set<String> said) {

    /** A reference from outside (command line, bulk cell) enters through the gate: a card number in it is masked. */
    public CaseQuery {
        ref = SafeText.clean(ref);
        gateway = SafeText.clean(gateway);
        said = said == null ? java.util.Set.of() : java.util.Set.copyOf(said);
    }

    /** A lookup that asks for no remedy and states nothing (check, bulk rows without text). */
    public CaseQuery(String ref, String gateway, boolean orderIdOnly, Topic topic, Audience from, Lang lang,
            Channel channel, Money claimedAmount) {
        this(ref, gateway, orderIdOnly, topic, from, lang, channel, claimedAmount, null, null);
    }

    public CaseQuery withRef(String newRef) {
        return new CaseQuery(newRef, gateway, orderIdOnly, topic, from, lang, channel, claimedAmount, remedy, said);
    }
}
