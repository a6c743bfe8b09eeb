package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BookingField;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.DtmfInputTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CallerIdMode;
import ai.assistants.domain.assistant.tool.HoldMusic;
import ai.assistants.domain.assistant.tool.StopKey;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid profiles as the factory produces them (defaults resolved). {@link #minimal()} holds only
 * what a minimal request gives plus the contract's defaults (lists and maps never sent are
 * {@code null}); {@link #full()} sets every optional
 * value too. The ids are 1 (or 2), so a store seeded with the demo data can hold them.
 */
public final class AssistantProfiles {

    private AssistantProfiles() {
    }

    public static AssistantProfile minimal() {
        return new AssistantProfile(
                "Support line", 1L, 1L, AssistantType.OUTBOUND, "Europe/Bucharest",
                "Hello, how can I help?", "You are a helpful assistant.",
                new EngineSettings(EngineMode.PIPELINE, 1L, null, null, null),
                null, null, null, null, null,
                new ProviderSelection(1L, 1L),
                new VoiceSettings(new BigDecimal("0.70"), new BigDecimal("0.50"), new BigDecimal("1.00"),
                        new BigDecimal("0.10"), true),
                new CallBehavior(true, false, null, false, true, false),
                new TimingSettings(600L, 40L, null, 30L),
                new ReengagementSettings(30L, null),
                new VoicemailSettings(true, null),
                new EndpointingSettings(EndpointType.VAD, new BigDecimal("0.5"), new BigDecimal("0.5"), null),
                new AmbientSettings(null, new BigDecimal("0.5")),
                new WebhookSettings(false, null, true, true, null, null),
                new PostCallEvaluation(true, null),
                null,
                new ConversationSettings(30L, false),
                null, null);
    }

    public static AssistantProfile full() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("company_name", "Acme");
        variables.put("max_discount", new BigDecimal("15"));
        variables.put("vip", true);
        return new AssistantProfile(
                "Sales line", 1L, 1L, AssistantType.INBOUND, "Europe/Bucharest",
                "Hi, this is Acme.", "You sell {{company_name}} products.",
                new EngineSettings(EngineMode.PIPELINE, 1L, null, null, null),
                List.of(2L),
                new KnowledgebaseAttachment(1L, KnowledgebaseMode.PROMPT),
                1L, List.of(1L, 2L),
                List.of(
                        new EndCallTool("End the call when the caller says goodbye"),
                        new DtmfInputTool("Press keys in an IVR"),
                        new CallTransferTool("+40712345678", "Transfer to sales", true, "Europe/Bucharest", true,
                                "Transferring you now"),
                        new WarmCallTransferTool("+40712345679", 2L, "Warm transfer to a supervisor", false,
                                CallerIdMode.CUSTOM, "+40712345670", HoldMusic.HOLD_MUSIC, 70L, "Please hold", "Summarise the call",
                                "Hi, a caller", "You are connected"),
                        new CollectKeypadTool(10L, StopKey.STAR),
                        new CalendarIntegrationTool("cal_live_secret_abcd", "intro-call", "sales", CalcomEndpoint.EU, null,
                                List.of(new BookingField("company", "text", "Company", true, List.of("A", "B"))),
                                "Book a meeting"),
                        new AssistantTransferTool(1L, "Hand over to billing", "One moment please", false)),
                new ProviderSelection(1L, 2L),
                new VoiceSettings(new BigDecimal("0.8"), new BigDecimal("0.6"), new BigDecimal("1.1"),
                        new BigDecimal("0.3"), false),
                new CallBehavior(false, true,
                        new FillerConfig(List.of("Great"), List.of("Oh no"), List.of("Hmm"), List.of("Okay")),
                        true, false, true),
                new TimingSettings(900L, 60L, 15L, 20L),
                new ReengagementSettings(45L, "Are you still there?"),
                new VoicemailSettings(false, "Please call us back."),
                new EndpointingSettings(EndpointType.AI, new BigDecimal("1.5"), new BigDecimal("2"), 2L),
                new AmbientSettings(AmbientSound.OFFICE, new BigDecimal("0.3")),
                new WebhookSettings(true, "https://hooks.example.com/assistant", false, false,
                        "https://hooks.example.com/ended", "https://hooks.example.com/inbound"),
                new PostCallEvaluation(true, List.of(new PostCallField("outcome", PostCallFieldType.STRING, "What the caller decided"))),
                variables,
                new ConversationSettings(60L, true),
                null, null);
    }
}
