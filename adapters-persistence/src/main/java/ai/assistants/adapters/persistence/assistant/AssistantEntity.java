package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.AssistantStatusConverter;
import ai.assistants.adapters.persistence.codes.AssistantTypeConverter;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row per assistant. Lists and nested settings are JSON columns (see V1_3__assistants.sql):
 * the order of a list is its order in the JSON array.
 */
@Entity
@Table(name = "assistants")
public class AssistantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assistants_id")
    @SequenceGenerator(name = "assistants_id", sequenceName = "assistants_id_seq", allocationSize = 1)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Convert(converter = AssistantStatusConverter.class)
    @Column(name = "status")
    private AssistantStatus status;

    @Column(name = "name")
    private String name;

    @Column(name = "voice_id")
    private Long voiceId;

    @Column(name = "language_id")
    private Long languageId;

    @Convert(converter = AssistantTypeConverter.class)
    @Column(name = "type")
    private AssistantType type;

    @Column(name = "timezone")
    private String timezone;

    @Column(name = "initial_message")
    private String initialMessage;

    @Column(name = "system_prompt")
    private String systemPrompt;

    @Embedded
    private EngineColumns engine;

    @Column(name = "secondary_language_ids")
    private String secondaryLanguageIds;

    @Embedded
    private KnowledgebaseColumns knowledgebase;

    @Column(name = "phone_number_id")
    private Long phoneNumberId;

    @Column(name = "tool_ids")
    private String toolIds;

    @Column(name = "tools")
    private String tools;

    @Embedded
    private ProviderColumns providers;

    @Embedded
    private VoiceColumns voice;

    @Embedded
    private CallColumns call;

    @Embedded
    private TimingColumns timing;

    @Embedded
    private ReengagementColumns reengagement;

    @Embedded
    private VoicemailColumns voicemail;

    @Embedded
    private EndpointingColumns endpointing;

    @Embedded
    private AmbientColumns ambient;

    @Embedded
    private WebhookColumns webhooks;

    @Embedded
    private EvaluationColumns evaluation;

    @Column(name = "variables")
    private String variables;

    @Embedded
    private ConversationColumns conversation;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public AssistantStatus getStatus() {
        return status;
    }

    public void setStatus(AssistantStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVoiceId() {
        return voiceId;
    }

    public void setVoiceId(Long voiceId) {
        this.voiceId = voiceId;
    }

    public Long getLanguageId() {
        return languageId;
    }

    public void setLanguageId(Long languageId) {
        this.languageId = languageId;
    }

    public AssistantType getType() {
        return type;
    }

    public void setType(AssistantType type) {
        this.type = type;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getInitialMessage() {
        return initialMessage;
    }

    public void setInitialMessage(String initialMessage) {
        this.initialMessage = initialMessage;
    }

    public String getSystemPrompt() {
        return systemPrompt;
    }

    public void setSystemPrompt(String systemPrompt) {
        this.systemPrompt = systemPrompt;
    }

    public EngineColumns getEngine() {
        return engine;
    }

    public void setEngine(EngineColumns engine) {
        this.engine = engine;
    }

    public String getSecondaryLanguageIds() {
        return secondaryLanguageIds;
    }

    public void setSecondaryLanguageIds(String secondaryLanguageIds) {
        this.secondaryLanguageIds = secondaryLanguageIds;
    }

    public KnowledgebaseColumns getKnowledgebase() {
        return knowledgebase;
    }

    public void setKnowledgebase(KnowledgebaseColumns knowledgebase) {
        this.knowledgebase = knowledgebase;
    }

    public Long getPhoneNumberId() {
        return phoneNumberId;
    }

    public void setPhoneNumberId(Long phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    public String getToolIds() {
        return toolIds;
    }

    public void setToolIds(String toolIds) {
        this.toolIds = toolIds;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public ProviderColumns getProviders() {
        return providers;
    }

    public void setProviders(ProviderColumns providers) {
        this.providers = providers;
    }

    public VoiceColumns getVoice() {
        return voice;
    }

    public void setVoice(VoiceColumns voice) {
        this.voice = voice;
    }

    public CallColumns getCall() {
        return call;
    }

    public void setCall(CallColumns call) {
        this.call = call;
    }

    public TimingColumns getTiming() {
        return timing;
    }

    public void setTiming(TimingColumns timing) {
        this.timing = timing;
    }

    public ReengagementColumns getReengagement() {
        return reengagement;
    }

    public void setReengagement(ReengagementColumns reengagement) {
        this.reengagement = reengagement;
    }

    public VoicemailColumns getVoicemail() {
        return voicemail;
    }

    public void setVoicemail(VoicemailColumns voicemail) {
        this.voicemail = voicemail;
    }

    public EndpointingColumns getEndpointing() {
        return endpointing;
    }

    public void setEndpointing(EndpointingColumns endpointing) {
        this.endpointing = endpointing;
    }

    public AmbientColumns getAmbient() {
        return ambient;
    }

    public void setAmbient(AmbientColumns ambient) {
        this.ambient = ambient;
    }

    public WebhookColumns getWebhooks() {
        return webhooks;
    }

    public void setWebhooks(WebhookColumns webhooks) {
        this.webhooks = webhooks;
    }

    public EvaluationColumns getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(EvaluationColumns evaluation) {
        this.evaluation = evaluation;
    }

    public String getVariables() {
        return variables;
    }

    public void setVariables(String variables) {
        this.variables = variables;
    }

    public ConversationColumns getConversation() {
        return conversation;
    }

    public void setConversation(ConversationColumns conversation) {
        this.conversation = conversation;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
