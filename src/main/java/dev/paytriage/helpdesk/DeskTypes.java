package dev.paytriage.helpdesk;

import dev.paytriage.helpdesk.usedesk.UsedeskDesk;
import dev.paytriage.helpdesk.zendesk.ZendeskDesk;
import java.util.Map;

/** The help-desk adapters by config type: one registration each, as the gateways have. */
public final class DeskTypes {
    private DeskTypes() {}

    public static Map<String, Helpdesks.Factory> factories() {
        return Map.of(
                ZendeskDesk.TYPE, ZendeskDesk::create,
                UsedeskDesk.TYPE, UsedeskDesk::create);
    }
}
