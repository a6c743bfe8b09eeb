package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One row per assistant: a column for each value a query or a constraint needs, and the rest of
 * the profile as JSON ({@link StoredSettings}). {@code tool_ids} and {@code tools} are JSON columns
 * of their own because queries look into them. Enums are their codes ({@code StoredCode}); the JSON
 * columns hold the text {@code StoredJson} writes.
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

    @Column(name = "status")
    private String status;

    @Column(name = "type")
    private String type;

    @Column(name = "mode")
    private String mode;

    @Column(name = "name")
    private String name;

    @Column(name = "voice_id")
    private Long voiceId;

    @Column(name = "language_id")
    private Long languageId;

    @Column(name = "phone_number_id")
    private Long phoneNumberId;

    @Column(name = "knowledgebase_id")
    private Long knowledgebaseId;

    @Column(name = "folder_id")
    private Long folderId;

    @Column(name = "tool_ids")
    private String toolIds;

    @Column(name = "tools")
    private String tools;

    @Column(name = "settings")
    private String settings;

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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
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

    public Long getPhoneNumberId() {
        return phoneNumberId;
    }

    public void setPhoneNumberId(Long phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    public Long getKnowledgebaseId() {
        return knowledgebaseId;
    }

    public void setKnowledgebaseId(Long knowledgebaseId) {
        this.knowledgebaseId = knowledgebaseId;
    }

    public Long getFolderId() {
        return folderId;
    }

    public void setFolderId(Long folderId) {
        this.folderId = folderId;
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

    public String getSettings() {
        return settings;
    }

    public void setSettings(String settings) {
        this.settings = settings;
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
