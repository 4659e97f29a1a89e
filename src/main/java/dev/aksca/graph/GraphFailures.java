package dev.aksca.graph;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.error.UpstreamFailures;

/** Maps a failed Graph call to the contract's answer, naming the Graph permission a 403 points at. */
final class GraphFailures {

    private GraphFailures() {
    }

    static int status(RuntimeException e) {
        return e instanceof ApiException api ? api.getResponseStatusCode() : 0;
    }

    static ApiProblem map(RuntimeException e, String operation, String permission) {
        if (!(e instanceof ApiException api) || api.getResponseStatusCode() == 0) {
            return UpstreamFailures.transport("Microsoft Graph", e);
        }
        int status = api.getResponseStatusCode();
        String code = code(api);
        if (status == 403 || status == 401) {
            return new ApiProblem(ProblemType.UPSTREAM_ERROR, "Microsoft Graph denied " + operation + " (" + status + " "
                    + code + "): the service's identity needs the Graph application permission " + permission);
        }
        if (status == 400) {
            return new ApiProblem(ProblemType.UPSTREAM_ERROR, "Microsoft Graph rejected " + operation + " (" + code
                    + "): " + message(api));
        }
        String retryAfter = api.getResponseHeaders() == null ? null
                : api.getResponseHeaders().getOrDefault("Retry-After", java.util.Set.of()).stream().findFirst().orElse(null);
        return UpstreamFailures.status("Microsoft Graph", status, code, retryAfter);
    }

    static String code(ApiException e) {
        if (e instanceof ODataError odata && odata.getError() != null && odata.getError().getCode() != null) {
            return odata.getError().getCode();
        }
        return "no error code";
    }

    static String message(ApiException e) {
        if (e instanceof ODataError odata && odata.getError() != null && odata.getError().getMessage() != null) {
            return odata.getError().getMessage();
        }
        return "no message";
    }
}
