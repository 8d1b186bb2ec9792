package dev.paytriage.pipeline;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Money;
import dev.paytriage.model.SafeText;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;

/** One lookup as asked: what to find, where, about what, and how to answer. */
public record CaseQuery(
        String ref,
        String gateway,
        boolean orderIdOnly,
        Topic topic,
        Audience from,
        Lang lang,
        Channel channel,
        Money claimedAmount) {

    /** A reference from outside (command line, bulk cell) enters through the gate: a card number in it is masked. */
    public CaseQuery {
        ref = SafeText.clean(ref);
        gateway = SafeText.clean(gateway);
    }

    public CaseQuery withRef(String newRef) {
        return new CaseQuery(newRef, gateway, orderIdOnly, topic, from, lang, channel, claimedAmount);
    }
}
