package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.EndpointTypeConverter;
import ai.assistants.domain.assistant.EndpointType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class EndpointingColumns {

    @Convert(converter = EndpointTypeConverter.class)
    @Column(name = "endpoint_type")
    private EndpointType endpointType;

    @Column(name = "endpoint_sensitivity")
    private BigDecimal endpointSensitivity;

    @Column(name = "interrupt_sensitivity")
    private BigDecimal interruptSensitivity;

    @Column(name = "min_interrupt_words")
    private Integer minInterruptWords;

    public EndpointType getEndpointType() {
        return endpointType;
    }

    public void setEndpointType(EndpointType endpointType) {
        this.endpointType = endpointType;
    }

    public BigDecimal getEndpointSensitivity() {
        return endpointSensitivity;
    }

    public void setEndpointSensitivity(BigDecimal endpointSensitivity) {
        this.endpointSensitivity = endpointSensitivity;
    }

    public BigDecimal getInterruptSensitivity() {
        return interruptSensitivity;
    }

    public void setInterruptSensitivity(BigDecimal interruptSensitivity) {
        this.interruptSensitivity = interruptSensitivity;
    }

    public Integer getMinInterruptWords() {
        return minInterruptWords;
    }

    public void setMinInterruptWords(Integer minInterruptWords) {
        this.minInterruptWords = minInterruptWords;
    }
}
