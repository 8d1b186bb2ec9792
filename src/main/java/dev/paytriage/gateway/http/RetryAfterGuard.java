package dev.paytriage.gateway.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps the gateway's {@code Retry-After} away from OkHttp's own follow-up logic, which reads it on
 * 503 and 408 with {@code Integer.valueOf} (a NumberFormatException escapes for
 * {@code Retry-After: 10000000000}) and silently retries at once on {@code Retry-After: 0}, behind
 * our attempt count. As a network interceptor this sees the answer first: the value moves under a
 * name only {@link RetryInterceptor} reads, and OkHttp is shown the longest wait it can parse, which
 * it never retries after. Retries and waits stay entirely ours.
 */
final class RetryAfterGuard implements Interceptor {
    static final String MOVED = "X-Paytriage-Retry-After";
    private static final String NEVER = String.valueOf(Integer.MAX_VALUE);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String value = response.header("Retry-After");
        if (value == null) {
            return response;
        }
        return response.newBuilder().header("Retry-After", NEVER).header(MOVED, value).build();
    }

    /** The gateway's Retry-After, wherever it now is. */
    static String retryAfter(Response response) {
        String moved = response.header(MOVED);
        return moved != null ? moved : response.header("Retry-After");
    }
}
