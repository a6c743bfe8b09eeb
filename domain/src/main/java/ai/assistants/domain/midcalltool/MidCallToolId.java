package ai.assistants.domain.midcalltool;

public record MidCallToolId(long value) {

    public MidCallToolId {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is a positive number: " + value);
        }
    }
}
