package ai.assistants.application.fake;

import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each account owns, in memory. Like the real adapter, every answer is filtered by owner,
 * so another account's id is simply absent. Every port call is counted.
 */
public final class InMemoryAccountResources implements AccountResources {

    private record Owned<T>(AccountId owner, T value) {
    }

    private record PhoneNumber(String number, String countryCode, PhoneNumberType type, Long inboundAssistantId) {
    }

    private final Map<Long, Owned<PhoneNumber>> phoneNumbers = new TreeMap<>();
    private final Map<Long, Owned<String>> midCallTools = new TreeMap<>();
    private final Map<Long, Owned<String>> knowledgebases = new TreeMap<>();
    private final Map<Long, Owned<String>> folders = new TreeMap<>();
    private final Map<Long, Owned<String>> labels = new TreeMap<>();
    private final Map<Long, AccountId> assistants = new HashMap<>();
    private final CallCounter calls = new CallCounter();

    public InMemoryAccountResources phoneNumber(AccountId owner, long id, String number, PhoneNumberType type) {
        return phoneNumber(owner, id, number, type, null);
    }

    /** A number {@code inboundAssistantId} already holds (or free when it is {@code null}). */
    public synchronized InMemoryAccountResources phoneNumber(AccountId owner, long id, String number,
                                                             PhoneNumberType type, Long inboundAssistantId) {
        phoneNumbers.put(id, new Owned<>(owner, new PhoneNumber(number, "RO", type, inboundAssistantId)));
        return this;
    }

    public synchronized InMemoryAccountResources midCallTool(AccountId owner, long id, String name) {
        midCallTools.put(id, new Owned<>(owner, name));
        return this;
    }

    public synchronized InMemoryAccountResources knowledgebase(AccountId owner, long id, String name) {
        knowledgebases.put(id, new Owned<>(owner, name));
        return this;
    }

    public synchronized InMemoryAccountResources folder(AccountId owner, long id, String name) {
        folders.put(id, new Owned<>(owner, name));
        return this;
    }

    public synchronized InMemoryAccountResources label(AccountId owner, long id, String name) {
        labels.put(id, new Owned<>(owner, name));
        return this;
    }

    public synchronized InMemoryAccountResources assistant(AccountId owner, long id) {
        assistants.put(id, owner);
        return this;
    }

    public CallCounter calls() {
        return calls;
    }

    @Override
    public synchronized Map<Long, PhoneNumberFacts> phoneNumbers(AccountId owner, Set<Long> ids) {
        calls.record("phoneNumbers");
        return ownedAmong(phoneNumbers, owner, ids).collect(Collectors.toUnmodifiableMap(id -> id, id -> {
            PhoneNumber number = phoneNumbers.get(id).value();
            return new PhoneNumberFacts(id, number.type(), number.inboundAssistantId());
        }));
    }

    @Override
    public synchronized Set<Long> existingMidCallTools(AccountId owner, Set<Long> ids) {
        calls.record("existingMidCallTools");
        return ownedAmong(midCallTools, owner, ids).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized Set<Long> existingKnowledgebases(AccountId owner, Set<Long> ids) {
        calls.record("existingKnowledgebases");
        return ownedAmong(knowledgebases, owner, ids).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized Set<Long> existingAssistants(AccountId owner, Set<Long> ids) {
        calls.record("existingAssistants");
        return ids.stream().filter(id -> owner.equals(assistants.get(id))).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized List<PhoneNumberView> listPhoneNumbers(AccountId owner) {
        calls.record("listPhoneNumbers");
        return listOwned(phoneNumbers, owner, entry -> {
            PhoneNumber number = entry.getValue().value();
            return new PhoneNumberView(entry.getKey(), number.number(), number.countryCode(), number.type(),
                    number.inboundAssistantId() == null);
        });
    }

    @Override
    public synchronized Set<Long> existingFolders(AccountId owner, Set<Long> ids) {
        calls.record("existingFolders");
        return ownedAmong(folders, owner, ids).collect(Collectors.toSet());
    }

    @Override
    public synchronized Set<Long> existingLabels(AccountId owner, Set<Long> ids) {
        calls.record("existingLabels");
        return ownedAmong(labels, owner, ids).collect(Collectors.toSet());
    }

    private static <T> Stream<Long> ownedAmong(Map<Long, Owned<T>> rows, AccountId owner,
                                                               Set<Long> ids) {
        return ids.stream().filter(id -> rows.containsKey(id) && rows.get(id).owner().equals(owner));
    }

    private static <T, V> List<V> listOwned(Map<Long, Owned<T>> rows, AccountId owner,
                                            Function<Map.Entry<Long, Owned<T>>, V> view) {
        return rows.entrySet().stream()
                .filter(entry -> entry.getValue().owner().equals(owner))
                .map(view)
                .toList();
    }
}
