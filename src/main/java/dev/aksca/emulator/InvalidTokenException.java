package dev.aksca.emulator;

/** A bearer token the emulated Graph or ARM refuses; the message is safe to return (it never contains the token). */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
