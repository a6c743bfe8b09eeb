package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** {@code postCallSchema} is a JSON array, in the order sent. */
@Embeddable
public class EvaluationColumns {

    @Column(name = "post_call_evaluation")
    private Boolean postCallEvaluation;

    @Column(name = "post_call_schema")
    private String postCallSchema;

    public Boolean getPostCallEvaluation() {
        return postCallEvaluation;
    }

    public void setPostCallEvaluation(Boolean postCallEvaluation) {
        this.postCallEvaluation = postCallEvaluation;
    }

    public String getPostCallSchema() {
        return postCallSchema;
    }

    public void setPostCallSchema(String postCallSchema) {
        this.postCallSchema = postCallSchema;
    }
}
