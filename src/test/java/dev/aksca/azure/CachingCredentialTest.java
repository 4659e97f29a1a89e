package dev.aksca.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Token fetches per scope: one per token lifetime, and never one per caller in flight. */
class CachingCredentialTest {

    private static final TokenRequestContext GRAPH = new TokenRequestContext().addScopes("https://graph.microsoft.com/.default");

    private final TokenEndpoint endpoint = new TokenEndpoint();
    private final CachingCredential credential = new CachingCredential(endpoint);

    @Test
    void aTokenFarFromExpiryIsReused() {
        endpoint.lifetime = Duration.ofHours(1);

        AccessToken first = credential.getTokenSync(GRAPH);

        assertSame(first, credential.getTokenSync(GRAPH));
        assertEquals(1, endpoint.fetches.get());
    }

    @Test
    void nearExpiryOneCallerFetchesTheNextTokenWhileOthersKeepTheCurrentOne() throws Exception {
        endpoint.lifetime = Duration.ofMinutes(3);
        AccessToken current = credential.getTokenSync(GRAPH);
        endpoint.hold = new CountDownLatch(1);

        CompletableFuture<AccessToken> refresher = CompletableFuture.supplyAsync(() -> credential.getTokenSync(GRAPH));
        assertTrue(endpoint.entered.await(10, TimeUnit.SECONDS), "a caller went for the next token");
        AccessToken other = credential.getTokenSync(GRAPH);

        assertSame(current, other, "the other caller kept the current token");
        assertFalse(refresher.isDone());
        endpoint.lifetime = Duration.ofHours(1);
        endpoint.hold.countDown();
        AccessToken next = refresher.get(10, TimeUnit.SECONDS);
        assertSame(next, credential.getTokenSync(GRAPH), "the next token is the one kept");
        assertEquals(2, endpoint.fetches.get());
    }

    @Test
    void aFailedFetchAheadOfExpiryLeavesTheCurrentTokenInUse() {
        endpoint.lifetime = Duration.ofMinutes(3);
        AccessToken current = credential.getTokenSync(GRAPH);
        endpoint.failing = true;

        assertSame(current, credential.getTokenSync(GRAPH));
    }

    @Test
    void callersWithoutAValidTokenWaitForOneFetch() throws Exception {
        endpoint.lifetime = Duration.ofHours(1);
        endpoint.hold = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<AccessToken>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(threads.submit(() -> credential.getTokenSync(GRAPH)));
            }
            assertTrue(endpoint.entered.await(10, TimeUnit.SECONDS));
            // Let the other callers arrive while the fetch is held.
            Thread.sleep(100);
            endpoint.hold.countDown();

            for (Future<AccessToken> caller : callers) {
                caller.get(10, TimeUnit.SECONDS);
            }
            assertEquals(1, endpoint.fetches.get());
        } finally {
            threads.shutdownNow();
        }
    }

    /** Issues tokens of a set lifetime; can hold a fetch until released, or fail it. */
    private static final class TokenEndpoint implements TokenCredential {

        final AtomicInteger fetches = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile Duration lifetime;
        volatile CountDownLatch hold;
        volatile boolean failing;

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromCallable(() -> getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            if (failing) {
                throw new IllegalStateException("token endpoint unavailable");
            }
            CountDownLatch latch = hold;
            if (latch != null) {
                entered.countDown();
                try {
                    latch.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int n = fetches.incrementAndGet();
            return new AccessToken("token-" + n, OffsetDateTime.now().plus(lifetime));
        }
    }
}
