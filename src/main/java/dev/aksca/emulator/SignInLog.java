package dev.aksca.emulator;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tenant's sign-in log, in memory. Entries are ordered newest first by {@code createdDateTime}, ties by arrival
 * (later first), so that a page cursor stays valid while sign-ins are added.
 */
@ApplicationScoped
public class SignInLog {

    static final int MAX_ENTRIES = 100_000;

    /** One stored sign-in; {@code seq} orders sign-ins with the same timestamp. */
    record Entry(long seq, Instant created, JsonObject signIn) {

        static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::created)
                .thenComparingLong(Entry::seq).reversed();

        boolean after(Instant cursorCreated, long cursorSeq) {
            int byTime = created.compareTo(cursorCreated);
            return byTime < 0 || (byTime == 0 && seq < cursorSeq);
        }
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private long nextSeq = 1;

    synchronized void add(Instant created, JsonObject signIn) {
        entries.addLast(new Entry(nextSeq++, created, signIn.copy()));
        while (entries.size() > MAX_ENTRIES) {
            entries.removeFirst();
        }
    }

    /** Matching entries, newest first; the JSON is shared, so callers copy before changing it. */
    synchronized List<Entry> newestFirst(Predicate<Entry> filter) {
        return entries.stream().filter(filter).sorted(Entry.NEWEST_FIRST).toList();
    }

    synchronized void clear() {
        entries.clear();
    }
}
