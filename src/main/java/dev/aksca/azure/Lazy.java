package dev.aksca.azure;

import java.util.function.Supplier;

/**
 * A value built once, on first use: Graph and ARM clients and the credential stay out of start-up and are shared
 * by every request afterwards.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = factory.get();
                    value = current;
                }
            }
        }
        return current;
    }
}
