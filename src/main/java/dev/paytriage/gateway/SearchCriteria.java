package dev.paytriage.gateway;

import dev.paytriage.model.Money;
import java.time.Instant;

/**
 * What a complaint gives when it has no id: any field may be null. A gateway that can search
 * returns the transactions matching every field given.
 */
public record SearchCriteria(String shop, Money amount, Instant from, Instant to, String cardLast4) {}
