package ai.assistants.domain.assistant;

import ai.assistants.domain.code.ContractCode;

public enum AmbientSound implements ContractCode {
    OFF, OFFICE, CITY, FOREST, CROWDED_ROOM, CAFE, NATURE
}
