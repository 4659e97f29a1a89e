package dev.aksca.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long START = 1_800_000_000L;
    private final AtomicLong now = new AtomicLong(START);

    private VerifiedTokens tokens(long ttlSeconds, int max) {
        return new VerifiedTokens(ttlSeconds, max, () -> Instant.ofEpochSecond(now.get()));
    }

    private static SecurityIdentity identity(String name) {
        Principal principal = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole("AccessPolicy.Read").build();
    }

    @Test
    void aTokenIsRefusedFromTheCacheTheSecondItsExpiryComes() {
        VerifiedTokens tokens = tokens(300, 10);
        SecurityIdentity alice = identity("alice");
        tokens.remember("t1", alice, START + 60);

        now.set(START + 59);
        assertSame(alice, tokens.find("t1"));
        now.set(START + 60);
        assertNull(tokens.find("t1"), "a token is not valid at its exp");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheTtl() {
        VerifiedTokens tokens = tokens(300, 10);
        tokens.remember("t1", identity("alice"), START + 3600);

        now.set(START + 300);
        assertNull(tokens.find("t1"));
    }

    @Test
    void onlyTheExactTokenFindsTheIdentity() {
        VerifiedTokens tokens = tokens(300, 10);
        tokens.remember("header.payload.signature", identity("alice"), START + 60);

        assertNull(tokens.find("header.payload.signaturX"));
        assertNull(tokens.find("header.payload."));
    }

    @Test
    void aZeroTtlRemembersNothing() {
        VerifiedTokens tokens = tokens(0, 10);
        tokens.remember("t1", identity("alice"), START + 60);

        assertNull(tokens.find("t1"));
    }

    @Test
    void whenFullExpiredTokensMakeRoomAndLiveOnesAreKept() {
        VerifiedTokens tokens = tokens(300, 2);
        SecurityIdentity alice = identity("alice");
        tokens.remember("short", identity("bob"), START + 10);
        tokens.remember("long", alice, START + 200);

        tokens.remember("third", identity("carol"), START + 200);
        assertNull(tokens.find("third"), "no room while both are valid");

        now.set(START + 20);
        tokens.remember("third", identity("carol"), START + 200);
        assertSame(alice, tokens.find("long"));
        assertNull(tokens.find("short"));
        assertSame("carol", tokens.find("third").getPrincipal().getName());
    }
}
