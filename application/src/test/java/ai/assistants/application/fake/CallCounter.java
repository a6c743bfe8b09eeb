package ai.assistants.application.fake;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How often each out-port method was called, so tests can assert the number of look-ups. */
public final class CallCounter {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    void record(String method) {
        calls.computeIfAbsent(method, key -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    public int total() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** A copy of the counts by method name, for assertions that compare two runs. */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        calls.forEach((method, count) -> copy.put(method, count.get()));
        return copy;
    }

    public void reset() {
        calls.clear();
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
