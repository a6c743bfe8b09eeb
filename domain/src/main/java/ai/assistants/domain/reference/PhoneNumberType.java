package ai.assistants.domain.reference;

public enum PhoneNumberType {
    NORMAL("Normal"), SIP("SIP"), CALLER_ID("Caller ID");

    private final String label;

    PhoneNumberType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
