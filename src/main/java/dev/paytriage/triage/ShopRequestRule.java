package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Party;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Request sanity, from the gateway's own verdict on the request: a code that says the shop's module
 * sent wrong keys, a bad signature, invalid parameters, the wrong currency or a test/live mix-up
 * decides before anything about the complaint — the module is broken whatever the payer saw.
 */
final class ShopRequestRule implements Rule {
    /** Reply families of rows that are about the request itself (not about its outcome). */
    static final Set<String> REQUEST_FAMILIES = Set.of("module_credentials", "module_request", "module_currency",
            "module_test_mode");

    private final CodeTables tables;

    ShopRequestRule(CodeTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Decision> decide(Case c, Facts facts) {
        Decline d = c.transaction().decline();
        if (d == null) {
            return Optional.empty();
        }
        for (Code code : d.codes()) {
            if (CodeRule.ADVICE_ONLY.contains(code.namespace())) {
                continue;
            }
            Optional<Row> row = tables.find(code).filter(r -> r.party() == Party.MODULE_MISCONFIGURED
                    && REQUEST_FAMILIES.contains(r.family()));
            if (row.isPresent()) {
                return Optional.of(new Decision(row.get(), List.of("the gateway rejected the shop's own request: code "
                        + code.value() + " (" + CodeRule.tableName(tables, code) + "): " + row.get().meaning()),
                        "request code " + code, Directness.CODE));
            }
        }
        return Optional.empty();
    }
}
