package ai.assistants.domain.assistant;

public enum AmbientSound {
    OFF, OFFICE, CITY, FOREST, CROWDED_ROOM, CAFE, NATURE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
