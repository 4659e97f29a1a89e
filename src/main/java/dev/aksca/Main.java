package dev.aksca;

import dev.aksca.ops.ContextStorageChoice;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Quarkus' own start, after the one choice that has to be made before it (see {@link ContextStorageChoice}). */
@QuarkusMain
public final class Main {

    public static void main(String... args) {
        ContextStorageChoice.apply(System.getProperties(), System.getenv());
        Quarkus.run(args);
    }
}
