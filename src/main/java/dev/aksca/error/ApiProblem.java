package dev.aksca.error;

import java.util.List;
import java.util.Map;

/** Thrown anywhere in the service to answer with a problem+json; the message is the problem's detail. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ApiProblem(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ApiProblem invalid(String field, String in, String detail) {
        return new ApiProblem(ProblemType.VALIDATION, field + ": " + detail,
                List.of(new Problem.FieldError(field, in, detail)), Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
