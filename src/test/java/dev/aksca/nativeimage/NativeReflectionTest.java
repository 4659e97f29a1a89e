package dev.aksca.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A DTO added without native registration works on the JVM and fails only in the native image: catch it here. */
class NativeReflectionTest {

    /** Internal packages: Graph SDK mapping, credentials and config, and the emulated tenant never reach Jackson. */
    private static final List<String> INTERNAL = List.of("dev.aksca.graph.", "dev.aksca.azure.", "dev.aksca.emulator.",
            "dev.aksca.nativeimage.");

    @Test
    void everyPublicRecordAndEnumOfTheApiPackagesIsRegisteredForReflection() throws Exception {
        Set<String> registered = new TreeSet<>();
        for (Class<?> type : ApiTypesReflection.class.getAnnotation(RegisterForReflection.class).targets()) {
            registered.add(type.getName());
        }

        assertEquals(new TreeSet<>(apiTypes()), registered);
    }

    private static Set<String> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ApiTypesReflection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/aksca"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (INTERNAL.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, NativeReflectionTest.class.getClassLoader());
                if ((type.isRecord() || type.isEnum()) && Modifier.isPublic(type.getModifiers())) {
                    names.add(type.getName());
                }
            }
        }
        return names;
    }
}
