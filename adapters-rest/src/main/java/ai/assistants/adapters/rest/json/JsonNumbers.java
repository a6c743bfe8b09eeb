package ai.assistants.adapters.rest.json;

import jakarta.json.JsonNumber;

import java.math.BigDecimal;

/**
 * JSON numbers for fields that hold decimals. A number is kept exactly as sent while its scale
 * and precision stay within {@value #MAX_DIGITS} digits; beyond that (1e-999999, 1e999999) it is
 * read as the double a JSON client would read, saturating at the largest double. Every value
 * that comes out fits a PostgreSQL or H2 NUMERIC and a JSON column (PostgreSQL refuses more than
 * 16383 digits after the point, H2 a scale over 100000), so no request reaches the database with a
 * number it refuses; a value beyond a field's range stays beyond it.
 */
final class JsonNumbers {

    static final int MAX_DIGITS = 1000;
    private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

    private JsonNumbers() {
    }

    static BigDecimal decimal(JsonNumber number) {
        BigDecimal exact = number.bigDecimalValue();
        if (Math.abs((long) exact.scale()) <= MAX_DIGITS && exact.precision() <= MAX_DIGITS) {
            return exact;
        }
        double approximate = exact.doubleValue();
        if (Double.isInfinite(approximate)) {
            return exact.signum() > 0 ? LARGEST : LARGEST.negate();
        }
        return BigDecimal.valueOf(approximate);
    }
}
