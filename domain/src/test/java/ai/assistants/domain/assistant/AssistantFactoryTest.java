package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CallerIdMode;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.DtmfInputTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import ai.assistants.domain.assistant.tool.HoldMusic;
import ai.assistants.domain.assistant.tool.StopKey;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.ReferencedIds;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Rule.ValueKind;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static ai.assistants.domain.assistant.FactoryHarness.FACTORY;
import static ai.assistants.domain.assistant.FactoryHarness.OWNER;
import static ai.assistants.domain.assistant.FactoryHarness.VALIDATOR;
import static ai.assistants.domain.assistant.FactoryHarness.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AssistantFactoryTest {

    /** A proposal of nothing at all. */
    private static final AssistantProfile EMPTY = new AssistantProfile(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static Assistant create(AssistantDrafts draft) {
        return FACTORY.createNew(OWNER, draft.build(), ReferenceFactsFixture.facts(), new Violations());
    }

    /** A knowledge base and one of each tool that has defaults, with none of those defaults set. */
    private static AssistantProfile withToolsAndKnowledgebaseDefaultsUnset() {
        return create(AssistantDrafts.valid().knowledgebaseId(1L).tools(List.of(
                new CallTransferTool("+40712345678", null, null, null, null, null),
                new WarmCallTransferTool("+40712345678", 1L, "d", null, null, null, null, null, null, null, null, null),
                new CollectKeypadTool(null, null),
                new CalendarIntegrationTool("key", "intro", null, null, null, null, null),
                new AssistantTransferTool(1L, null, null, null)))).profile();
    }

    /** The tools of {@link #withToolsAndKnowledgebaseDefaultsUnset()}, with the contract's defaults filled in. */
    private static final List<BuiltInTool> TOOLS_WITH_DEFAULTS = List.of(
            // call_transfer: warm_transfer false
            new CallTransferTool("+40712345678", null, null, null, false, null),
            // warm_call_transfer: custom_sip false, caller_id_mode outbound_number, hold_music_volume 80
            new WarmCallTransferTool("+40712345678", 1L, "d", false, CallerIdMode.OUTBOUND_NUMBER, null, null, 80L,
                    null, null, null, null),
            // collect_keypad: timeout 5, stop_key #
            new CollectKeypadTool(5L, StopKey.HASH),
            // calendar_integration: calcom_endpoint us
            new CalendarIntegrationTool("key", "intro", null, CalcomEndpoint.US, null, null, null),
            // assistant_transfer: speak_transfer_greeting true
            new AssistantTransferTool(1L, null, null, true));

    @Test
    void a_minimal_draft_gets_every_default_and_the_language_providers() {
        Assistant assistant = create(AssistantDrafts.valid());

        assertThat(assistant.status()).isEqualTo(AssistantStatus.INACTIVE);
        assertThat(assistant.id()).isEmpty();
        assertThat(assistant.owner()).isEqualTo(OWNER);
        assertThat(assistant.profile()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(AssistantProfiles.minimal());
    }

    @Test
    void tool_and_knowledgebase_defaults_are_applied() {
        AssistantProfile profile = withToolsAndKnowledgebaseDefaultsUnset();

        assertThat(profile.knowledgebase()).isEqualTo(new KnowledgebaseAttachment(1L, KnowledgebaseMode.FUNCTION_CALL));
        assertThat(profile.tools()).containsExactlyElementsOf(TOOLS_WITH_DEFAULTS);
    }

    // Blank codes (knowledgebase_mode, endpoint_type, ambient_sound, caller_id_mode, hold_music, stop_key,
    // calcom_endpoint) no longer reach the domain: codes are enums, read by the REST reader. Blank text still does.
    @Test
    void blank_text_is_absent_and_gets_its_default() {
        AssistantProfile profile = create(AssistantDrafts.valid().knowledgebaseId(1L)
                .webhookUrl(" ").conversationEndedWebhookUrl("\t").inboundWebhookUrl(" ").voiceMailMessage(" ").reengagementPrompt("  ")
                .tools(List.of(
                        new CallTransferTool("+40712345678", " ", null, " ", null, " "),
                        new WarmCallTransferTool("+40712345678", 1L, "d", null, null, " ", null, null, " ", " ", " ", " "),
                        new CollectKeypadTool(null, null),
                        new CalendarIntegrationTool("key", "intro", " ", null, " ", null, " "),
                        new EndCallTool(" "), new DtmfInputTool("\t"),
                        new AssistantTransferTool(1L, " ", " ", null)))).profile();

        assertThat(profile.knowledgebase()).isEqualTo(new KnowledgebaseAttachment(1L, KnowledgebaseMode.FUNCTION_CALL));
        assertThat(profile.webhooks().webhookUrl()).isNull();
        assertThat(profile.webhooks().conversationEndedWebhookUrl()).isNull();
        assertThat(profile.webhooks().inboundWebhookUrl()).isNull();
        assertThat(profile.voicemail().voiceMailMessage()).isNull();
        assertThat(profile.reengagement().reengagementPrompt()).isNull();
        assertThat(profile.tools()).containsExactly(
                new CallTransferTool("+40712345678", null, null, null, false, null),
                new WarmCallTransferTool("+40712345678", 1L, "d", false, CallerIdMode.OUTBOUND_NUMBER, null, null, 80L, null,
                        null, null, null),
                new CollectKeypadTool(5L, StopKey.HASH),
                new CalendarIntegrationTool("key", "intro", null, CalcomEndpoint.US, null, null, null),
                new EndCallTool(null), new DtmfInputTool(null),
                new AssistantTransferTool(1L, null, null, true));
    }

    @Test
    void lists_and_maps_never_sent_stay_absent_and_empty_ones_stay_empty() {
        AssistantProfile never = create(AssistantDrafts.valid()).profile();
        AssistantProfile empty = create(AssistantDrafts.valid().secondaryLanguageIds(List.of()).toolIds(List.of())
                .tools(List.of()).postCallSchema(List.of()).variables(Map.of())).profile();

        assertThat(Arrays.asList(never.secondaryLanguageIds(), never.toolIds(), never.tools(),
                never.evaluation().postCallSchema(), never.variables())).containsOnlyNulls();
        assertThat(empty.secondaryLanguageIds()).isEmpty();
        assertThat(empty.toolIds()).isEmpty();
        assertThat(empty.tools()).isEmpty();
        assertThat(empty.evaluation().postCallSchema()).isEmpty();
        assertThat(empty.variables()).isEmpty();
    }

    @Test
    void given_providers_are_kept_and_speech_to_speech_has_no_transcriber() {
        assertThat(create(AssistantDrafts.valid().synthesizerProviderId(1L).transcriberProviderId(2L)).profile().providers())
                .isEqualTo(new ProviderSelection(1L, 2L));
        assertThat(create(AssistantDrafts.fullMultimodal().voiceId(3L)).profile().providers())
                .isEqualTo(new ProviderSelection(1L, null));
    }

    @Test
    void a_missing_default_provider_makes_the_field_required() {
        var found = violations(FACTORY, AssistantDrafts.valid().build(), ReferenceFactsFixture.withDefaults(null, null),
                new Violations());

        assertThat(found).containsOnly(
                Map.entry("providers.synthesizer_provider_id", List.of("REQUIRED")),
                Map.entry("providers.transcriber_provider_id", List.of("REQUIRED")));
    }

    @Test
    void the_full_drafts_are_valid() {
        assertThat(violations(AssistantDrafts.full())).isEmpty();
        assertThat(violations(AssistantDrafts.fullMultimodal().voiceId(3L))).isEmpty();
    }

    // The domain used to turn every number into a BigDecimal; the REST reader now reads numbers as BigDecimal,
    // and the domain keeps values exactly as proposed (scale included).
    @Test
    void variables_keep_their_order_and_their_exact_values() {
        Map<String, Object> sent = new java.util.LinkedHashMap<>();
        sent.put("b", new BigDecimal("2.50"));
        sent.put("a", "x");
        sent.put("c", false);

        Map<String, Object> variables = create(AssistantDrafts.valid().variables(sent)).profile().variables();

        assertThat(variables).containsExactly(Map.entry("b", new BigDecimal("2.50")), Map.entry("a", "x"),
                Map.entry("c", false));
        assertThat(((BigDecimal) variables.get("b")).scale()).isEqualTo(2);
    }

    @Test
    void unreadable_fields_are_reported_from_the_reader_only() {
        Violations unreadable = new Violations().add(FieldPath.of("name"), Rule.WRONG_KIND, ValueKind.STRING)
                .add(FieldPath.of("tools").index(0), Rule.WRONG_KIND, ValueKind.OBJECT)
                .add(FieldPath.root().key("colour"), Rule.NOT_SUPPORTED);
        AssistantProfile draft = AssistantDrafts.valid().name(null).tools(Arrays.asList((ai.assistants.domain.assistant.tool.BuiltInTool) null)).build();

        var found = violations(FACTORY, draft, ReferenceFactsFixture.facts(), unreadable);

        assertThat(found).isEqualTo(Map.of("name", List.of("WRONG_KIND(STRING)"), "tools.0", List.of("WRONG_KIND(OBJECT)"),
                "colour", List.of("NOT_SUPPORTED")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/x", "http://LOCALHOST./x", "http://api.localhost/x", "http://127.0.0.1/x",
            "http://10.1.2.3/x", "http://172.16.0.1/x", "http://192.168.1.1/x", "http://169.254.169.254/latest",
            "http://0.0.0.0/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fd00::1]/",
            "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://127.1/", "http://0x7f.0.0.1/",
            "https://user@192.168.0.1:8443/x"})
    void webhooks_to_local_or_private_hosts_are_refused_by_default(String url) {
        assertThat(violations(AssistantDrafts.valid().webhookUrl(url).conversationEndedWebhookUrl(url).inboundWebhookUrl(url)))
                .containsOnly(Map.entry("webhooks.webhook_url", List.of("URL")),
                        Map.entry("webhooks.conversation_ended_webhook_url", List.of("URL")),
                        Map.entry("webhooks.inbound_webhook_url", List.of("URL")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/x", "http://8.8.8.8/x", "https://[2001:db8::1]/x", "http://172.32.0.1/"})
    void webhooks_to_public_hosts_are_accepted(String url) {
        assertThat(violations(AssistantDrafts.valid().webhookUrl(url).inboundWebhookUrl(url))).isEmpty();
    }

    @Test
    void a_development_factory_allows_private_hosts() {
        AssistantFactory development = new AssistantFactory(VALIDATOR, true);
        AssistantProfile draft = AssistantDrafts.valid().webhookUrl("http://localhost:8080/hook").build();

        assertThat(violations(development, draft, ReferenceFactsFixture.facts(), new Violations())).isEmpty();
    }

    @Test
    void referenced_ids_are_grouped_and_oversized_lists_left_out() {
        ReferencedIds ids = FACTORY.referencedIds(AssistantDrafts.full().toolIds(FieldRulesTest.ids(500))
                .secondaryLanguageIds(Arrays.asList(2L, null, 3L)).build());

        assertThat(ids.languageId()).isEqualTo(1L);
        assertThat(ids.languageIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids.toolIds()).isEmpty();
        assertThat(ids.voiceIds()).containsExactly(1L);
        assertThat(ids.llmModelIds()).containsExactly(1L);
        assertThat(ids.phoneNumberIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids.assistantIds()).containsExactly(1L);
        assertThat(ids.knowledgebaseIds()).containsExactly(1L);
        assertThat(FACTORY.referencedIds(EMPTY).voiceIds()).isEmpty();
        assertThat(FACTORY.referencedIds(EMPTY).languageId()).isNull();
    }

    @Test
    void an_assistant_names_each_of_its_transfer_targets_once() {
        Assistant transferring = create(AssistantDrafts.valid().tools(List.of(
                new AssistantTransferTool(1L, "To billing", null, null), new EndCallTool(null),
                new AssistantTransferTool(1L, "To billing again", null, null))));

        assertThat(transferring.transferTargetIds()).containsExactly(1L);
        assertThat(create(AssistantDrafts.valid()).transferTargetIds()).isEmpty();
    }

    @Test
    void facts_without_a_deleted_assistant_refuse_every_tool_that_names_it() {
        AssistantDrafts draft = AssistantDrafts.valid().tools(List.of(
                new AssistantTransferTool(1L, null, null, null), new EndCallTool(null),
                new AssistantTransferTool(1L, null, null, null)));
        ReferenceFacts facts = ReferenceFactsFixture.facts();
        assertThat(facts.assistantIds()).contains(1L);

        assertThat(violations(FACTORY, draft.build(), facts.withoutAssistants(Set.of(1L)), new Violations()))
                .containsExactly(Map.entry("tools.0.assistant_id", List.of("UNKNOWN_REFERENCE")),
                        Map.entry("tools.2.assistant_id", List.of("UNKNOWN_REFERENCE")));
        assertThat(violations(FACTORY, draft.build(), facts.withoutAssistants(Set.of(99L)), new Violations())).isEmpty();
    }

    @Test
    void nothing_but_the_violation_report_comes_out_of_hostile_drafts() {
        AssistantDrafts hostile = AssistantDrafts.valid().name("x".repeat(10 * 1024 * 1024))
                .toolIds(Arrays.asList(1L, null, 1L)).secondaryLanguageIds(Arrays.asList((Long) null))
                .fillerConfig(new FillerConfig(Arrays.asList((String) null), null, null, null))
                .postCallSchema(Arrays.asList(new PostCallField(null, null, null), null))
                .variables(new java.util.HashMap<>(java.util.Collections.singletonMap(null, null)))
                .tools(Arrays.asList(new CalendarIntegrationTool(null, null, null, null, null,
                        Arrays.asList((ai.assistants.domain.assistant.tool.BookingField) null), null)));

        long started = System.nanoTime();
        assertThatCode(() -> violations(hostile)).doesNotThrowAnyException();
        assertThat(violations(hostile)).containsKeys("name", "tool_ids.1", "tool_ids.2", "secondary_language_ids.0",
                "call.filler_config.positive.0", "evaluation.post_call_schema.0.name", "evaluation.post_call_schema.1",
                "tools.0.calcom_booking_fields.0", "variables.null");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    // Was disabled (a null key passed @Pattern). The profile now declares the key @NotNull, so a null key is
    // refused again, as REQUIRED where the old rule said FORMAT.
    @Test
    void a_null_variable_key_is_refused() {
        Map<String, Object> nullKey = new java.util.HashMap<>();
        nullKey.put(null, "x");

        assertThat(violations(AssistantDrafts.valid().variables(nullKey))).containsEntry("variables.null", List.of("REQUIRED"));
    }

    /** The contract's defaults, written out as the contract lists them, for a proposal that sets none of them. */
    @Test
    void with_defaults_gives_every_default_of_the_contract() {
        AssistantProfile profile = withToolsAndKnowledgebaseDefaultsUnset();

        // voice_stability 0.70, voice_similarity 0.50, speech_speed 1.00, llm_temperature 0.10, tts_emotion_enabled true
        assertThat(profile.voice()).isEqualTo(new VoiceSettings(new BigDecimal("0.70"), new BigDecimal("0.50"),
                new BigDecimal("1.00"), new BigDecimal("0.10"), true));
        // allow_interruptions true, fillers false, (filler_config: the language's), record false,
        // enable_noise_cancellation true, wait_for_customer false
        assertThat(profile.call()).isEqualTo(new CallBehavior(true, false, null, false, true, false));
        // max_duration 600, max_silence_duration 40, max_initial_silence_duration none, ringing_time 30
        assertThat(profile.timing()).isEqualTo(new TimingSettings(600L, 40L, null, 30L));
        // reengagement_interval 30
        assertThat(profile.reengagement()).isEqualTo(new ReengagementSettings(30L, null));
        // end_call_on_voicemail true
        assertThat(profile.voicemail()).isEqualTo(new VoicemailSettings(true, null));
        // endpoint_type vad, endpoint_sensitivity 0.5, interrupt_sensitivity 0.5, min_interrupt_words none
        assertThat(profile.endpointing()).isEqualTo(new EndpointingSettings(EndpointType.VAD, new BigDecimal("0.5"),
                new BigDecimal("0.5"), null));
        // ambient_sound none, ambient_sound_volume 0.5
        assertThat(profile.ambient()).isEqualTo(new AmbientSettings(null, new BigDecimal("0.5")));
        // is_webhook_active false, send_webhook_only_on_completed true, include_recording_in_webhook true,
        // conversation_ended_webhook_url and inbound_webhook_url none
        assertThat(profile.webhooks()).isEqualTo(new WebhookSettings(false, null, true, true, null, null));
        // post_call_evaluation true
        assertThat(profile.evaluation()).isEqualTo(new PostCallEvaluation(true, null));
        // conversation_inactivity_timeout 30, conversation_ended_retrigger false
        assertThat(profile.conversation()).isEqualTo(new ConversationSettings(30L, false));
        // knowledgebase_mode function_call when a knowledge base is attached
        assertThat(profile.knowledgebase()).isEqualTo(new KnowledgebaseAttachment(1L, KnowledgebaseMode.FUNCTION_CALL));
        assertThat(profile.tools()).containsExactlyElementsOf(TOOLS_WITH_DEFAULTS);
        assertThat(StopKey.HASH.code()).isEqualTo("#");
        assertThat(create(AssistantDrafts.valid()).profile().knowledgebase())
                .as("no knowledge base, no knowledge base mode").isEqualTo(new KnowledgebaseAttachment(null, null));
    }

    @Test
    void values_that_were_set_are_kept_over_the_defaults() {
        AssistantProfile profile = create(AssistantDrafts.full()).profile();

        assertThat(profile).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("type", "name", "initialMessage", "systemPrompt", "providers", "tools")
                .isEqualTo(AssistantProfiles.full());
        assertThat(profile.tools()).isEqualTo(AssistantDrafts.allToolTypes());
        assertThat(profile.providers()).isEqualTo(new ProviderSelection(1L, 1L));
    }

    private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant UPDATED = Instant.parse("2024-05-02T11:30:00Z");

    private static Assistant reconstitute(AssistantProfile stored) {
        return FACTORY.reconstitute(new AssistantId(42L), OWNER, AssistantStatus.ACTIVE, stored, CREATED, UPDATED);
    }

    /** What the factory would have stored for {@code proposal}, had no rule been checked. */
    private static AssistantProfile storedAsIs(AssistantDrafts proposal) {
        return proposal.build().withDefaults(new ProviderSelection(1L, 1L));
    }

    @Test
    void a_stored_valid_profile_comes_back() {
        Assistant stored = reconstitute(AssistantProfiles.full());

        assertThat(stored.id()).contains(new AssistantId(42L));
        assertThat(stored.owner()).isEqualTo(OWNER);
        assertThat(stored.status()).isEqualTo(AssistantStatus.ACTIVE);
        assertThat(stored.profile()).isEqualTo(AssistantProfiles.full());
        assertThat(stored.createdAt()).contains(CREATED);
        assertThat(stored.updatedAt()).contains(UPDATED);
        assertThat(reconstitute(AssistantProfiles.minimal()).profile()).isEqualTo(AssistantProfiles.minimal());
    }

    @Test
    void every_profile_the_factory_makes_can_be_stored_and_rebuilt() {
        for (AssistantDrafts proposal : List.of(AssistantDrafts.valid(), AssistantDrafts.full(),
                AssistantDrafts.fullMultimodal().voiceId(3L))) {
            AssistantProfile made = create(proposal).profile();

            assertThat(reconstitute(made).profile()).isEqualTo(made);
        }
    }

    // Stored facts (catalogue, ownership) are not looked up again: only the rules of the profile's own fields.
    @Test
    void a_stored_profile_is_not_checked_against_reference_facts() {
        AssistantProfile stored = storedAsIs(AssistantDrafts.valid().voiceId(99L).phoneNumberId(99L).toolIds(List.of(99L)));

        assertThat(reconstitute(stored).profile()).isEqualTo(stored);
    }

    static Stream<Arguments> storedBreakingARule() {
        return Stream.of(
                arguments("ringing time 0", (UnaryOperator<AssistantDrafts>) d -> d.ringingTime(0L), "timing.ringingTime"),
                arguments("pipeline with a turn detection threshold",
                        (UnaryOperator<AssistantDrafts>) d -> d.turnDetectionThreshold(new BigDecimal("0.5")),
                        "engine.turnDetectionThreshold"),
                arguments("no name", (UnaryOperator<AssistantDrafts>) d -> d.name(null), "name"),
                arguments("no mode", (UnaryOperator<AssistantDrafts>) d -> d.mode(null), "engine.mode"),
                arguments("active webhook without url", (UnaryOperator<AssistantDrafts>) d -> d.isWebhookActive(true),
                        "webhooks.webhookUrl"),
                arguments("filler phrase too long", (UnaryOperator<AssistantDrafts>) d -> d.fillerConfig(
                        new FillerConfig(List.of("x".repeat(51)), null, null, null)), "call.fillerConfig.positive.0"),
                arguments("custom caller id missing", (UnaryOperator<AssistantDrafts>) d -> d.tools(List.of(
                        new WarmCallTransferTool("+40712345678", 1L, "d", null, CallerIdMode.CUSTOM, null,
                                HoldMusic.NONE, null, null, null, null, null))), "tools.0.customCallerId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedBreakingARule")
    void a_stored_profile_that_breaks_a_rule_is_refused(String rule, UnaryOperator<AssistantDrafts> change, String path) {
        AssistantProfile stored = storedAsIs(change.apply(AssistantDrafts.valid()));

        assertThatThrownBy(() -> reconstitute(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("42")
                .hasMessageContaining("path=" + path + ",");
    }

    @Test
    void ids_are_positive() {
        for (long refused : new long[] {0L, -1L, Long.MIN_VALUE}) {
            assertThatThrownBy(() -> new AssistantId(refused)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new AccountId(refused)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new AssistantId(1L).value()).isEqualTo(1L);
        assertThat(new AccountId(1L).value()).isEqualTo(1L);
    }
}
