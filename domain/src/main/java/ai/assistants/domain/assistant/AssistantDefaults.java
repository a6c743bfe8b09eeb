package ai.assistants.domain.assistant;

/**
 * The contract's defaults of an assistant's settings, each written once: the domain applies
 * them to what a caller left out, and the API description shows them. They are the contract's
 * text, as compile-time constants, so that annotations elsewhere can name them.
 */
public final class AssistantDefaults {

    public static final String VOICE_STABILITY = "0.70";
    public static final String VOICE_SIMILARITY = "0.50";
    public static final String SPEECH_SPEED = "1.00";
    public static final String LLM_TEMPERATURE = "0.10";
    public static final String TTS_EMOTION_ENABLED = "true";

    public static final String ALLOW_INTERRUPTIONS = "true";
    public static final String FILLERS = "false";
    public static final String RECORD = "false";
    public static final String ENABLE_NOISE_CANCELLATION = "true";
    public static final String WAIT_FOR_CUSTOMER = "false";

    public static final String MAX_DURATION = "600";
    public static final String MAX_SILENCE_DURATION = "40";
    public static final String RINGING_TIME = "30";
    public static final String REENGAGEMENT_INTERVAL = "30";
    public static final String END_CALL_ON_VOICEMAIL = "true";

    public static final String ENDPOINT_TYPE = "vad";
    public static final String ENDPOINT_SENSITIVITY = "0.5";
    public static final String INTERRUPT_SENSITIVITY = "0.5";
    public static final String AMBIENT_SOUND_VOLUME = "0.5";

    public static final String IS_WEBHOOK_ACTIVE = "false";
    public static final String SEND_WEBHOOK_ONLY_ON_COMPLETED = "true";
    public static final String INCLUDE_RECORDING_IN_WEBHOOK = "true";

    public static final String POST_CALL_EVALUATION = "true";
    public static final String CONVERSATION_INACTIVITY_TIMEOUT = "30";
    public static final String CONVERSATION_ENDED_RETRIGGER = "false";

    public static final String KNOWLEDGEBASE_MODE = "function_call";

    private AssistantDefaults() {
    }
}
