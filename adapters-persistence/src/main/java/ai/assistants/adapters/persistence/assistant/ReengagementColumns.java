package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ReengagementColumns {

    @Column(name = "reengagement_interval")
    private Integer reengagementInterval;

    @Column(name = "reengagement_prompt")
    private String reengagementPrompt;

    public Integer getReengagementInterval() {
        return reengagementInterval;
    }

    public void setReengagementInterval(Integer reengagementInterval) {
        this.reengagementInterval = reengagementInterval;
    }

    public String getReengagementPrompt() {
        return reengagementPrompt;
    }

    public void setReengagementPrompt(String reengagementPrompt) {
        this.reengagementPrompt = reengagementPrompt;
    }
}
