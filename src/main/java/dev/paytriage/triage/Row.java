package dev.paytriage.triage;

import dev.paytriage.model.Confidence;
import dev.paytriage.model.LimitKind;
import dev.paytriage.model.Party;

/**
 * One decision: what a code or situation means and whose it is. Loaded from the YAML tables.
 * {@code nextStep} and {@code offHoursStep} may name placeholders ({acquirer}, {shop}, …, see
 * {@link StepText}); {@code offHoursStep}, when present, is added outside the acquirer's business hours.
 */
public record Row(
        String key,
        String meaning,
        Party party,
        LimitKind limit,
        String reason,
        String family,
        String retry,
        boolean confidential,
        String nextStep,
        String offHoursStep,
        Confidence confidence,
        String note) {}
