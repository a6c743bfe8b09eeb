package ai.assistants.bootstrap.wiring;

import ai.assistants.application.port.in.AccountProfileQuery;
import ai.assistants.application.port.in.AuthenticateApiKeyUseCase;
import ai.assistants.application.port.in.OperateAccountsUseCase;
import ai.assistants.application.port.in.BrowseAccountResourcesQuery;
import ai.assistants.application.port.in.BrowseCatalogQuery;
import ai.assistants.application.port.in.CreateAssistantUseCase;
import ai.assistants.application.port.in.DeleteAssistantUseCase;
import ai.assistants.application.port.in.GetAssistantQuery;
import ai.assistants.application.port.in.UpdateAssistantUseCase;
import ai.assistants.application.port.in.ListAssistantsQuery;
import ai.assistants.application.port.in.ManageMidCallToolsUseCase;
import ai.assistants.application.port.out.MidCallToolRepository;
import ai.assistants.application.service.MidCallToolService;
import ai.assistants.domain.midcalltool.MidCallToolFactory;
import ai.assistants.application.port.in.ManageCategoriesUseCase;
import ai.assistants.application.port.in.ManageKnowledgebasesUseCase;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.application.port.out.Accounts;
import ai.assistants.application.port.out.Categories;
import ai.assistants.application.port.out.Knowledgebases;
import ai.assistants.application.port.out.ApiKeys;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.ReferenceCatalog;
import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.application.port.out.ReferenceTables;
import ai.assistants.application.service.AccountAdministrationService;
import ai.assistants.application.service.AccountProfileService;
import ai.assistants.application.service.AccountResourcesService;
import ai.assistants.application.service.ApiKeyAuthenticationService;
import ai.assistants.application.service.CatalogService;
import ai.assistants.application.service.CategoryService;
import ai.assistants.application.service.KnowledgebaseService;
import ai.assistants.application.service.CreateAssistantService;
import ai.assistants.application.service.IdempotentCreatesService;
import ai.assistants.application.port.in.IdempotentCreatesUseCase;
import ai.assistants.application.port.out.IdempotencyRecords;
import ai.assistants.application.port.out.Transactions;
import ai.assistants.application.service.DeleteAssistantService;
import ai.assistants.application.service.GetAssistantService;
import ai.assistants.application.service.UpdateAssistantService;
import ai.assistants.application.service.ListAssistantsService;
import ai.assistants.application.service.RememberingCatalog;
import ai.assistants.application.service.LoadedReferenceData;
import ai.assistants.domain.account.ProvisioningRules;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.owned.OwnedResourceRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.Duration;
import java.security.SecureRandom;

/**
 * The use cases are plain classes; this is the one place that builds them from the
 * adapters the container provides.
 */
@ApplicationScoped
public class UseCases {

    /**
     * How soon an id the reference tables in memory do not hold makes them be read again: often enough
     * for a rolling upgrade's new rows, seldom enough that unknown ids cost no query per request.
     */
    private static final Duration REFERENCE_TABLES_REREAD_AFTER = Duration.ofMinutes(1);

    private ReferenceData loadedReferenceData;

    /**
     * The one factory that both creates assistants and rebuilds stored ones ({@code JpaAssistantRepository}
     * injects it). Private webhook hosts are refused unless a development setup allows them.
     * {@code @Singleton}, not {@code @ApplicationScoped}: the factory is a final class, which CDI
     * cannot give the client proxy a normal scope needs; it holds no state, so one instance shared
     * without a proxy is the same thing.
     */
    @Produces
    @Singleton
    AssistantFactory assistantFactory(
            Validator validator,
            @ConfigProperty(name = "assistants.webhooks.allow-private-hosts", defaultValue = "false")
            boolean allowPrivateWebhookHosts) {
        return new AssistantFactory(validator, allowPrivateWebhookHosts);
    }

    /**
     * The engine of every field rule of the domain: the Hibernate Validator the WAR ships, not the
     * server's. Liberty's beanValidation-3.0 is Hibernate Validator 7.0, which (like 8.0) copies a path
     * node for each value it checks; 9.1 does not, and checks a full create request in about 0.6 times
     * the time with half the allocation (application's CreateAssistantBenchmark). Messages are never
     * read (the domain maps each constraint to its rule), so they are not interpolated and no
     * expression language is needed.
     */
    @Produces
    @Singleton
    ValidatorFactory validation() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(EVERYTHING_REACHABLE)
                // Hibernate Validator would otherwise remember, per validation, answers that are always yes
                .enableTraversableResolverResultCache(false)
                .buildValidatorFactory();
    }

    void close(@Disposes ValidatorFactory validation) {
        validation.close();
    }

    /** One validator for all the domain's rules; it holds no state of its own. */
    @Produces
    @Singleton
    Validator validator(ValidatorFactory validation) {
        return validation.getValidator();
    }

    /**
     * The domain's values are plain records, never JPA entities: with JPA present, the default resolver
     * asks it whether each property is loaded, which a profile measured at 5-7% of a create's CPU.
     */
    private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                   ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                    ElementType elementType) {
            return true;
        }
    };

    @Produces
    @ApplicationScoped
    CreateAssistantUseCase createAssistant(AssistantFactory factory, AssistantRepository assistants,
                                           ReferenceTables referenceTables, AccountResources accountResources) {
        return new CreateAssistantService(factory, assistants, loaded(referenceTables), accountResources);
    }

    /** One copy of the reference tables in memory for every use case that reads them. */
    private synchronized ReferenceData loaded(ReferenceTables referenceTables) {
        if (loadedReferenceData == null) {
            loadedReferenceData = new LoadedReferenceData(referenceTables, Clock.systemUTC(),
                    REFERENCE_TABLES_REREAD_AFTER);
        }
        return loadedReferenceData;
    }

    @Produces
    @ApplicationScoped
    UpdateAssistantUseCase updateAssistant(AssistantFactory factory, AssistantRepository assistants,
                                           ReferenceTables referenceTables, AccountResources accountResources) {
        return new UpdateAssistantService(factory, assistants, loaded(referenceTables), accountResources);
    }

    @Produces
    @ApplicationScoped
    GetAssistantQuery getAssistant(AssistantRepository assistants) {
        return new GetAssistantService(assistants);
    }

    @Produces
    @ApplicationScoped
    ListAssistantsQuery listAssistants(AssistantRepository assistants) {
        return new ListAssistantsService(assistants);
    }

    @Produces
    @ApplicationScoped
    AuthenticateApiKeyUseCase authenticateApiKey(ApiKeys apiKeys) {
        return new ApiKeyAuthenticationService(apiKeys);
    }

    @Produces
    @ApplicationScoped
    BrowseCatalogQuery browseCatalog(ReferenceCatalog referenceData) {
        return new CatalogService(new RememberingCatalog(referenceData));
    }

    @Produces
    @ApplicationScoped
    BrowseAccountResourcesQuery browseAccountResources(AccountResources accountResources) {
        return new AccountResourcesService(accountResources);
    }

    @Produces
    @ApplicationScoped
    DeleteAssistantUseCase deleteAssistant(AssistantRepository assistants) {
        return new DeleteAssistantService(assistants);
    }

    @Produces
    @ApplicationScoped
    IdempotentCreatesUseCase idempotentCreates(IdempotencyRecords records, Transactions transactions) {
        return new IdempotentCreatesService(records, transactions, Clock.systemUTC());
    }

    /** Endpoints are called by the service itself: the webhooks' guard against private hosts holds for them too. */
    @Produces
    @ApplicationScoped
    ManageMidCallToolsUseCase manageMidCallTools(
            Validator validator, MidCallToolRepository tools,
            @ConfigProperty(name = "assistants.webhooks.allow-private-hosts", defaultValue = "false")
            boolean allowPrivateHosts) {
        return new MidCallToolService(new MidCallToolFactory(validator, allowPrivateHosts), tools);
    }

    /** The field rules of knowledge bases, folders and labels, on the same validator as the assistants'. */
    @Produces
    @Singleton
    OwnedResourceRules ownedResourceRules(Validator validator) {
        return new OwnedResourceRules(validator);
    }

    @Produces
    @ApplicationScoped
    ManageKnowledgebasesUseCase manageKnowledgebases(OwnedResourceRules rules, Knowledgebases knowledgebases) {
        return new KnowledgebaseService(rules, knowledgebases);
    }

    @Produces
    @ApplicationScoped
    ManageCategoriesUseCase manageCategories(OwnedResourceRules rules, Categories categories) {
        return new CategoryService(rules, categories);
    }

    @Produces
    @ApplicationScoped
    OperateAccountsUseCase operateAccounts(Accounts accounts, Validator validator) {
        return new AccountAdministrationService(accounts,
                new ProvisioningRules(validator),
                new SecureRandom());
    }

    @Produces
    @ApplicationScoped
    AccountProfileQuery accountProfile(Accounts accounts) {
        return new AccountProfileService(accounts);
    }
}
