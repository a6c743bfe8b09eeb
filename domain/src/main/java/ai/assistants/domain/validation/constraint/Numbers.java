package ai.assistants.domain.validation.constraint;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Numbers as the contract compares them: exactly, whatever Java type carried them. */
public final class Numbers {

    private Numbers() {
    }

    /** The exact value, or {@code null} for a value no JSON number can be (NaN, infinity). */
    public static BigDecimal exact(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return BigDecimal.valueOf(value.longValue());
    }
}
