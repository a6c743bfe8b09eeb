package ai.assistants.adapters.persistence.reference;

import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.application.port.out.ReferenceCatalog;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.application.port.out.ReferenceSnapshot;
import ai.assistants.application.port.out.ReferenceTables;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.VoiceFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaReferenceData implements ReferenceTables, ReferenceCatalog {

    private static final ReferenceViewMapper VIEWS = ReferenceViewMapper.INSTANCE;

    private final UnitOfWork unitOfWork;

    @Inject
    public JpaReferenceData(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** For CDI's client proxy only. */
    protected JpaReferenceData() {
        this(null);
    }

    @Override
    public ReferenceSnapshot readAll() {
        return unitOfWork.read(entityManager -> {
            Map<ModelKind, Map<Long, ModelFacts>> models = new EnumMap<>(ModelKind.class);
            for (ModelKind kind : ModelKind.values()) {
                models.put(kind, all(entityManager, modelEntity(kind),
                        model -> new ModelFacts(model.getId(), kind, model.getModes().asSet())));
            }
            return new ReferenceSnapshot(
                    all(entityManager, VoiceEntity.class,
                            voice -> new VoiceFacts(voice.getId(), voice.getLanguageId(), voice.getModes().asSet())),
                    all(entityManager, LanguageEntity.class, LanguageEntity::getId).keySet(),
                    models,
                    providers(entityManager, SynthesizerProviderEntity.class),
                    providers(entityManager, TranscriberProviderEntity.class),
                    entityManager.createQuery("SELECT d FROM LanguageDefaultProvidersEntity d",
                                    LanguageDefaultProvidersEntity.class)
                            .getResultStream()
                            .collect(Collectors.toMap(LanguageDefaultProvidersEntity::getLanguageId,
                                    defaults -> new DefaultProviders(defaults.getSynthesizerProviderId(),
                                            defaults.getTranscriberProviderId()))));
        });
    }

    @Override
    public List<LanguageView> listLanguages() {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT l FROM LanguageEntity l ORDER BY l.id", LanguageEntity.class)
                .getResultStream().map(VIEWS::toView).toList());
    }

    @Override
    public List<VoiceView> listVoices(Optional<EngineMode> mode, Optional<Long> languageId) {
        List<String> conditions = new ArrayList<>();
        mode.map(EngineModes::supportsCondition).ifPresent(conditions::add);
        languageId.ifPresent(id -> conditions.add("language_id = ?1"));
        return unitOfWork.read(entityManager -> {
            Query query = entityManager.createNativeQuery(
                    "SELECT * FROM voices" + where(conditions) + " ORDER BY id", VoiceEntity.class);
            languageId.ifPresent(id -> query.setParameter(1, id));
            return resultsOf(query, VoiceEntity.class).stream().map(VIEWS::toView).toList();
        });
    }

    @Override
    public List<ModelView> listModels(ModelKind kind, Optional<EngineMode> mode) {
        Class<? extends ModelEntity> entity = modelEntity(kind);
        String table = entity.getAnnotation(Table.class).name();
        List<String> conditions = mode.map(EngineModes::supportsCondition).stream().toList();
        return unitOfWork.read(entityManager -> resultsOf(entityManager.createNativeQuery(
                        "SELECT * FROM " + table + where(conditions) + " ORDER BY id", entity), entity)
                .stream().map(VIEWS::toModelView).toList());
    }

    @Override
    public List<ProviderView> listSynthesizerProviders(Optional<Long> languageId) {
        return listProviders(SynthesizerProviderEntity.class, languageId);
    }

    @Override
    public List<ProviderView> listTranscriberProviders(Optional<Long> languageId) {
        return listProviders(TranscriberProviderEntity.class, languageId);
    }

    private static <E extends ReferenceEntity, V> Map<Long, V> all(EntityManager entityManager, Class<E> entity,
                                                                   Function<E, V> facts) {
        return entityManager.createQuery("SELECT e FROM " + entity.getSimpleName() + " e", entity)
                .getResultStream()
                .collect(Collectors.toMap(E::getId, facts));
    }

    /** Each provider with the languages it serves, in one query: a provider serving none has a row of its own. */
    private static Map<Long, ProviderFacts> providers(EntityManager entityManager,
                                                      Class<? extends SpeechProviderEntity> entity) {
        List<Object[]> rows = entityManager
                .createQuery("SELECT p.id, l FROM " + entity.getSimpleName() + " p LEFT JOIN p.languageIds l",
                        Object[].class)
                .getResultList();
        Map<Long, Set<Long>> languages = new HashMap<>();
        for (Object[] row : rows) {
            Set<Long> supported = languages.computeIfAbsent((Long) row[0], id -> new HashSet<>());
            if (row[1] != null) {
                supported.add((Long) row[1]);
            }
        }
        return languages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new ProviderFacts(entry.getKey(), Set.copyOf(entry.getValue()))));
    }

    private List<ProviderView> listProviders(Class<? extends SpeechProviderEntity> entity, Optional<Long> languageId) {
        String languageFilter = languageId.map(id -> " WHERE :languageId MEMBER OF p.languageIds").orElse("");
        return unitOfWork.read(entityManager -> {
            TypedQuery<? extends SpeechProviderEntity> query = entityManager.createQuery(
                    "SELECT p FROM " + entity.getSimpleName() + " p" + languageFilter + " ORDER BY p.id", entity);
            languageId.ifPresent(id -> query.setParameter("languageId", id));
            return query.getResultStream().map(VIEWS::toView).toList();
        });
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A native query's typed results; the entity class given to createNativeQuery makes the cast safe. */
    private static <E> List<E> resultsOf(Query query, Class<E> entity) {
        return ((List<?>) query.getResultList()).stream().map(entity::cast).toList();
    }

    private static Class<? extends ModelEntity> modelEntity(ModelKind kind) {
        return switch (kind) {
            case LLM -> LlmModelEntity.class;
            case MULTIMODAL -> MultimodalModelEntity.class;
        };
    }
}
