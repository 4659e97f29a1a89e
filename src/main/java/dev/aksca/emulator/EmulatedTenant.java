package dev.aksca.emulator;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Starts the emulated tenant's own HTTP server when {@code aksca.emulator.enabled} is true, and stops it with the
 * application. Its routes run on a Vert.x event loop, off the worker pool the service blocks on Graph calls.
 */
@ApplicationScoped
public class EmulatedTenant {

    private static final Logger LOG = Logger.getLogger(EmulatedTenant.class);
    private static final long MAX_BODY_BYTES = 1024 * 1024;

    private final EmulatorConfig config;
    private final Vertx vertx;
    private final ControlRoutes control;
    private final OidcRoutes oidc;
    private final ApiGate gate;
    private final PolicyRoutes policies;
    private final DirectoryRoutes directory;
    private final ArmRoutes arm;
    private final SignInRoutes signIns;
    private final WhatIfRoutes whatIf;
    private HttpServer server;

    EmulatedTenant(EmulatorConfig config, Vertx vertx, ControlRoutes control, OidcRoutes oidc, ApiGate gate,
            PolicyRoutes policies, DirectoryRoutes directory, ArmRoutes arm, SignInRoutes signIns,
            WhatIfRoutes whatIf) {
        this.config = config;
        this.vertx = vertx;
        this.control = control;
        this.oidc = oidc;
        this.gate = gate;
        this.policies = policies;
        this.directory = directory;
        this.arm = arm;
        this.signIns = signIns;
        this.whatIf = whatIf;
    }

    void start(@Observes StartupEvent event) throws InterruptedException, ExecutionException, TimeoutException {
        if (!config.enabled()) {
            return;
        }
        control.resetAll();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        control.register(router);
        oidc.register(router);
        gate.register(router);
        policies.register(router);
        directory.register(router);
        arm.register(router);
        signIns.register(router);
        whatIf.register(router);
        gate.registerFallbacks(router);
        server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
                .requestHandler(router)
                .listen()
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.infof("Emulated Entra tenant %s listening on http://%s:%d (Graph /v1.0, ARM /subscriptions, OIDC, "
                + "control /emulator)", TenantUrls.TENANT_ID, config.host(), server.actualPort());
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException, ExecutionException, TimeoutException {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            server = null;
        }
    }
}
