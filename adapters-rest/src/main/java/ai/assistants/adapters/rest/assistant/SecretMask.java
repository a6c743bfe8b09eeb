package ai.assistants.adapters.rest.assistant;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How a secret is shown back: enough to recognise it, never enough to use it. */
final class SecretMask {

    private static final String MASK = "****";
    private static final int SHOWN = 4;

    private SecretMask() {
    }

    /** {@code ****} and the last four characters; a secret that short is not shown at all. */
    static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        int length = secret.codePointCount(0, secret.length());
        if (length <= SHOWN) {
            return MASK;
        }
        return MASK + secret.substring(secret.offsetByCodePoints(0, length - SHOWN));
    }

    /**
     * What a client sent with the secrets it sent back as they were shown put back to the stored ones: a
     * calendar tool whose key is the mask of the stored key of the calendar tool at the same place keeps
     * that key. A client that reads an assistant and sends its tools back must not store the mask.
     */
    static AssistantProfile keepingStoredSecrets(AssistantProfile sent, AssistantProfile stored) {
        List<BuiltInTool> sentTools = sent.tools();
        List<BuiltInTool> storedTools = stored.tools();
        if (sentTools == null || storedTools == null) {
            return sent;
        }
        List<BuiltInTool> kept = new ArrayList<>(sentTools);
        boolean restored = false;
        for (int index = 0; index < Math.min(sentTools.size(), storedTools.size()); index++) {
            if (sentTools.get(index) instanceof CalendarIntegrationTool sentCalendar
                    && storedTools.get(index) instanceof CalendarIntegrationTool storedCalendar
                    && sentCalendar.calcomApiKey() != null
                    && sentCalendar.calcomApiKey().equals(mask(storedCalendar.calcomApiKey()))) {
                kept.set(index, CalendarIntegrationTool.withKey(sentCalendar, storedCalendar.calcomApiKey()));
                restored = true;
            }
        }
        return restored ? AssistantProfile.withTools(sent, Collections.unmodifiableList(kept)) : sent;
    }
}
