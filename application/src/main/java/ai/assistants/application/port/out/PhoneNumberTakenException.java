package ai.assistants.application.port.out;

/** The number is already some account's: storage's unique key refused the second one. */
public final class PhoneNumberTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PhoneNumberTakenException(Throwable cause) {
        super("The phone number is already provisioned", cause, false, false);
    }
}
