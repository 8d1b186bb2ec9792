package dev.paytriage.bulk;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;

/**
 * One input row, numbered from 1 in input order. {@code problem} is set when the row itself is
 * unusable (no reference, a bad value); such a row still gets exactly one result line.
 */
public record InputRow(
        int row,
        String ref,
        boolean orderIdOnly,
        String gateway,
        Audience from,
        Topic topic,
        Lang lang,
        Channel channel,
        String text,
        String problem) {}
