package ai.assistants.domain.validation;

/**
 * Why a value was refused. The domain names the rule and its arguments; the words are the REST
 * adapter's. The declaration order is the order in which several rules broken by one field are
 * reported: a field's own rules before those relating it to other fields.
 */
public enum Rule {
    /** Absent, {@code null}, or only whitespace. */
    REQUIRED,
    /** Arguments: the {@link ValueKind} expected. */
    WRONG_KIND,
    /** A key the API does not know. */
    NOT_SUPPORTED,
    /** Arguments: the maximum number of code points. */
    MAX_LENGTH,
    /** Arguments: the minimum and maximum number of code points. */
    LENGTH_BETWEEN,
    /** Arguments: the inclusive bounds, as written in the rule ({@code "0.7"}). */
    BETWEEN,
    /** Arguments: the inclusive lower bound of a value that has no upper one. */
    AT_LEAST,
    /** Not one of the allowed codes. */
    NOT_ONE_OF,
    /** An id that names nothing the caller may use: unknown, another account's, or of the wrong kind. */
    UNKNOWN_REFERENCE,
    TIMEZONE,
    URL,
    /** Not an E.164 number. */
    PHONE,
    FORMAT,
    /** A mid-call tool's name that is not lowercase letters and underscores starting with a letter. */
    MID_CALL_TOOL_NAME,
    /** An item equal to an earlier one, reported on the later one. */
    DUPLICATE,
    /**
     * A value that must be unique and is already stored: per account (a tool's or a folder's name), or
     * for the whole deployment (a phone number).
     */
    TAKEN,
    /** Arguments: the maximum number of items. */
    TOO_MANY,
    /** Arguments: the {@link FieldPath} of the other field and the value that makes this one required. */
    REQUIRED_WHEN,
    /** Arguments: the {@link FieldPath} of the other field, whose presence makes this one required. */
    REQUIRED_WITH,
    /** Arguments: the engine mode's code. */
    PROHIBITED_IN_MODE,
    FILLERS_PIPELINE_ONLY,
    /** Arguments: the engine mode's code. */
    INTERRUPTIONS_REQUIRED,
    /** Arguments: the engine mode's code. */
    FUNCTION_CALL_ONLY,
    VOICE_NOT_COMPATIBLE,
    SECONDARY_CONTAINS_PRIMARY,
    CALLER_ID_NOT_INBOUND,
    PHONE_NUMBER_TAKEN,
    /** An inbound assistant that would be active without a phone number to answer. */
    INBOUND_NEEDS_PHONE_NUMBER;

    /** The JSON kinds a value may be expected to have. */
    public enum ValueKind {
        STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT
    }
}
