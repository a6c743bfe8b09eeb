package ai.assistants.application.port.out;

/** Storage refused an inbound assignment because the phone number is held by another inbound assistant. */
public final class PhoneNumberAlreadyAssignedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PhoneNumberAlreadyAssignedException(long phoneNumberId, Throwable cause) {
        super("Phone number " + phoneNumberId + " is already assigned to an inbound assistant", cause);
    }
}
