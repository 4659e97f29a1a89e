package dev.aksca.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Keeps each scope's token until shortly before it expires. MSAL's own cache misses on non-443 authorities and
 * DefaultAzureCredential re-walks its chain, so without this every Graph call would cost a token round trip.
 */
final class CachingCredential implements TokenCredential {

    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final TokenCredential delegate;
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    CachingCredential(TokenCredential delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        String key = String.join(" ", request.getScopes());
        AccessToken cached = tokens.get(key);
        if (cached != null && cached.getExpiresAt().isAfter(OffsetDateTime.now().plus(REFRESH_MARGIN))) {
            return cached;
        }
        AccessToken fresh = delegate.getTokenSync(request);
        tokens.put(key, fresh);
        return fresh;
    }
}
