package dev.paytriage.model;

/** Result of 3-D Secure as the gateway saw it; status is successful|failed|pending|not_enrolled|attempted|skipped. */
public record ThreeDSecure(String status, String message, String eci, String failReason) {
    public ThreeDSecure {
        status = SafeText.clean(status);
        message = SafeText.clean(message);
        eci = SafeText.clean(eci);
        failReason = SafeText.clean(failReason);
    }
}
