package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fault tolerance reflects on the gateway's declared methods at start-up, which resolves every type in their
 * signatures: one SDK type there opens the SDK's 50,000-entry jar during start-up (≈ 12 MB of heap, and with it the
 * start-up's full collections). The SDK calls live in the classes the gateway delegates to.
 */
class GraphSdkGatewaySignaturesTest {

    @Test
    void noGraphSdkTypeAppearsInTheGatewaysDeclaredMethods() {
        List<String> found = new ArrayList<>();
        for (Method method : GraphSdkGateway.class.getDeclaredMethods()) {
            Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
                    .map(Class::getName)
                    .filter(name -> name.startsWith("com.microsoft.") || name.startsWith("okhttp3."))
                    .forEach(name -> found.add(method.getName() + ": " + name));
        }
        assertEquals(List.of(), found);
    }
}
