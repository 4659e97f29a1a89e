package dev.aksca.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * Keeps each scope's token until shortly before it expires. MSAL's own cache misses on non-443 authorities and
 * DefaultAzureCredential re-walks its chain, so without this every Graph call would cost a token round trip.
 * <p>
 * Within the last minutes of a token one caller fetches the next while the others keep using it, so callers in
 * flight do not all stop for the token endpoint at once; only a missing or nearly expired token makes them wait, for
 * one fetch between them.
 */
final class CachingCredential implements TokenCredential {

    private static final Logger LOG = Logger.getLogger(CachingCredential.class);
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    // Long enough for a Graph call and its retries to finish with the token it was given.
    private static final Duration MIN_VALIDITY = Duration.ofMinutes(1);

    private final TokenCredential delegate;
    private final Map<String, Scope> scopes = new ConcurrentHashMap<>();

    CachingCredential(TokenCredential delegate) {
        this.delegate = delegate;
    }

    private static final class Scope {
        final AtomicBoolean refreshing = new AtomicBoolean();
        volatile AccessToken token;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        Scope scope = scopes.computeIfAbsent(String.join(" ", request.getScopes()), key -> new Scope());
        AccessToken cached = scope.token;
        OffsetDateTime now = OffsetDateTime.now();
        if (validBeyond(cached, now, REFRESH_MARGIN)) {
            return cached;
        }
        if (validBeyond(cached, now, MIN_VALIDITY)) {
            return refreshAhead(scope, cached, request);
        }
        synchronized (scope) {
            AccessToken latest = scope.token;
            if (validBeyond(latest, OffsetDateTime.now(), MIN_VALIDITY)) {
                return latest;
            }
            return fetch(scope, request);
        }
    }

    private AccessToken refreshAhead(Scope scope, AccessToken cached, TokenRequestContext request) {
        if (!scope.refreshing.compareAndSet(false, true)) {
            return cached;
        }
        try {
            return fetch(scope, request);
        } catch (RuntimeException e) {
            // The token in hand is still valid for a while; the next caller tries again.
            LOG.debugf("fetching the next token ahead of expiry failed: %s", e.getMessage());
            return cached;
        } finally {
            scope.refreshing.set(false);
        }
    }

    private AccessToken fetch(Scope scope, TokenRequestContext request) {
        AccessToken fresh = delegate.getTokenSync(request);
        scope.token = fresh;
        return fresh;
    }

    private static boolean validBeyond(AccessToken token, OffsetDateTime now, Duration margin) {
        return token != null && token.getExpiresAt().isAfter(now.plus(margin));
    }
}
