package dev.aksca.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem+json; nothing internal (stack, token, secret) leaves here. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return respond(problem.type(), problem.getMessage(), problem.errors(), problem.headers(), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "";
        String detail = JsonPaths.describe(e);
        return respond(ProblemType.VALIDATION, field.isEmpty() ? "request body: " + detail : field + ": " + detail,
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, "body", detail)), Map.of(), uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHENTICATED,
                "a valid Entra ID bearer token for this API is required in the Authorization header",
                List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN,
                "the token's roles claim lacks the app role this operation requires (AccessPolicy.Read or AccessPolicy.Write)",
                List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e, UriInfo uri) {
        return respond(ProblemType.UPSTREAM_UNAVAILABLE, "Microsoft Graph or ARM failed repeatedly; calls to it are"
                + " paused for a few seconds so that the service answers fast (circuit breaker open)",
                List.of(), Map.of("Retry-After", "10"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e instanceof NotFoundException) {
            return respond(ProblemType.NOT_FOUND, "no resource at this path", List.of(), Map.of(), uri);
        }
        if (e instanceof NotAllowedException) {
            return respond(ProblemType.METHOD_NOT_ALLOWED, "this path does not support the method",
                    List.of(), Map.of(HttpHeaders.ALLOW, String.join(", ", e.getResponse().getAllowedMethods())), uri);
        }
        if (e instanceof NotSupportedException) {
            return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the request body must be application/json",
                    List.of(), Map.of(), uri);
        }
        if (e instanceof NotAcceptableException) {
            return respond(ProblemType.NOT_ACCEPTABLE, "this API answers application/json or application/problem+json",
                    List.of(), Map.of(), uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return respond(ProblemType.PAYLOAD_TOO_LARGE, "the request body exceeds the size limit", List.of(), Map.of(), uri);
        }
        if (status >= 400 && status < 500) {
            return respond(ProblemType.VALIDATION, "the request could not be read", List.of(), Map.of(), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        // The type only: messages of third-party exceptions can carry request data.
        LOG.errorf("incident %s: unexpected %s on %s", incident, e.getClass().getName(), uri.getPath());
        return respond(ProblemType.INTERNAL, "unexpected error; incident " + incident, List.of(), Map.of(), uri);
    }

    private static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors);
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }
}
