package dev.aksca.azure;

/** The service's own identity could not get a token; the message never carries secrets. */
public class TokenAcquisitionException extends RuntimeException {
    public TokenAcquisitionException(String message) {
        super(message);
    }
}
