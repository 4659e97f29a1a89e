package dev.aksca.emulator;

/** A Graph or ARM error answer; the failure handler of the API the request belongs to renders its envelope. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "BadRequest", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
