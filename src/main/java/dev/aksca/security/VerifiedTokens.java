package dev.aksca.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Identities quarkus-oidc built from bearer tokens, by the exact token, until the earlier of exp and the TTL. */
@Singleton
class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtSecond) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlSeconds;
    private final int maxTokens;
    private final Supplier<Instant> clock;

    @Inject
    VerifiedTokens(VerifiedTokenConfig config) {
        this(config.ttl().toSeconds(), config.maxTokens(), Instant::now);
    }

    VerifiedTokens(long ttlSeconds, int maxTokens, Supplier<Instant> clock) {
        this.ttlSeconds = ttlSeconds;
        this.maxTokens = maxTokens;
        this.clock = clock;
    }

    /** The identity verified for this very token, or null when it is unknown or no longer valid. */
    SecurityIdentity find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.get().getEpochSecond() >= entry.expiresAtSecond()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** Remembers an identity whose token expires at {@code exp} (epoch seconds); the first one stored stays. */
    void remember(String token, SecurityIdentity identity, long exp) {
        long now = clock.get().getEpochSecond();
        long expiresAt = Math.min(exp, now + ttlSeconds);
        if (expiresAt <= now || entries.containsKey(token)) {
            return;
        }
        if (entries.size() >= maxTokens) {
            entries.values().removeIf(entry -> now >= entry.expiresAtSecond());
            if (entries.size() >= maxTokens) {
                return;
            }
        }
        entries.putIfAbsent(token, new Entry(identity, expiresAt));
    }
}
