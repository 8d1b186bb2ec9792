package dev.paytriage.triage;

/** Computes one kind of fact about a case (currency, duplicates, risk, 3-D Secure, …). */
interface FactSource {
    void collect(Case c, Facts.Builder facts);
}
