-- Platform reference data. Ids are assigned by the reference migrations, not generated:
-- clients and docs refer to them, so they must be the same on every installation.

CREATE TABLE languages (
    id    BIGINT       NOT NULL,
    name  VARCHAR(100) NOT NULL,
    iso_2 CHAR(2)      NOT NULL,
    CONSTRAINT pk_languages PRIMARY KEY (id),
    CONSTRAINT uq_languages_iso_2 UNIQUE (iso_2)
);

CREATE TABLE synthesizer_providers (
    id   BIGINT       NOT NULL,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_synthesizer_providers PRIMARY KEY (id),
    CONSTRAINT uq_synthesizer_providers_code UNIQUE (code)
);

CREATE TABLE synthesizer_provider_languages (
    provider_id BIGINT NOT NULL,
    language_id BIGINT NOT NULL,
    CONSTRAINT pk_synthesizer_provider_languages PRIMARY KEY (provider_id, language_id),
    CONSTRAINT fk_synthesizer_provider_languages_provider FOREIGN KEY (provider_id) REFERENCES synthesizer_providers (id),
    CONSTRAINT fk_synthesizer_provider_languages_language FOREIGN KEY (language_id) REFERENCES languages (id)
);

CREATE TABLE transcriber_providers (
    id   BIGINT       NOT NULL,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_transcriber_providers PRIMARY KEY (id),
    CONSTRAINT uq_transcriber_providers_code UNIQUE (code)
);

CREATE TABLE transcriber_provider_languages (
    provider_id BIGINT NOT NULL,
    language_id BIGINT NOT NULL,
    CONSTRAINT pk_transcriber_provider_languages PRIMARY KEY (provider_id, language_id),
    CONSTRAINT fk_transcriber_provider_languages_provider FOREIGN KEY (provider_id) REFERENCES transcriber_providers (id),
    CONSTRAINT fk_transcriber_provider_languages_language FOREIGN KEY (language_id) REFERENCES languages (id)
);

-- The composite keys make "the default supports the language" a fact the database keeps.
CREATE TABLE language_default_providers (
    language_id             BIGINT NOT NULL,
    synthesizer_provider_id BIGINT,
    transcriber_provider_id BIGINT,
    CONSTRAINT pk_language_default_providers PRIMARY KEY (language_id),
    CONSTRAINT fk_language_default_providers_language FOREIGN KEY (language_id) REFERENCES languages (id),
    CONSTRAINT fk_language_default_providers_synthesizer FOREIGN KEY (synthesizer_provider_id, language_id)
        REFERENCES synthesizer_provider_languages (provider_id, language_id),
    CONSTRAINT fk_language_default_providers_transcriber FOREIGN KEY (transcriber_provider_id, language_id)
        REFERENCES transcriber_provider_languages (provider_id, language_id)
);

-- The engine modes are a closed set in the contract, so a flag per mode keeps every look-up a single-table read.
CREATE TABLE voices (
    id                      BIGINT       NOT NULL,
    name                    VARCHAR(100) NOT NULL,
    language_id             BIGINT       NOT NULL,
    gender                  VARCHAR(20),
    preview_url             VARCHAR(2048),
    accent                  VARCHAR(50),
    age                     VARCHAR(20),
    synthesizer_provider_id BIGINT,
    supports_pipeline       BOOLEAN      NOT NULL,
    supports_multimodal     BOOLEAN      NOT NULL,
    supports_dualplex       BOOLEAN      NOT NULL,
    CONSTRAINT pk_voices PRIMARY KEY (id),
    CONSTRAINT fk_voices_language FOREIGN KEY (language_id) REFERENCES languages (id),
    CONSTRAINT fk_voices_synthesizer_provider FOREIGN KEY (synthesizer_provider_id) REFERENCES synthesizer_providers (id)
);
CREATE INDEX ix_voices_language ON voices (language_id);

-- LLM and multimodal ids are separate namespaces (an LLM and a multimodal model may share an id).
CREATE TABLE llm_models (
    id                  BIGINT       NOT NULL,
    name                VARCHAR(100) NOT NULL,
    code                VARCHAR(100) NOT NULL,
    supports_pipeline   BOOLEAN      NOT NULL,
    supports_multimodal BOOLEAN      NOT NULL,
    supports_dualplex   BOOLEAN      NOT NULL,
    CONSTRAINT pk_llm_models PRIMARY KEY (id),
    CONSTRAINT uq_llm_models_code UNIQUE (code)
);

CREATE TABLE multimodal_models (
    id                  BIGINT       NOT NULL,
    name                VARCHAR(100) NOT NULL,
    code                VARCHAR(100) NOT NULL,
    supports_pipeline   BOOLEAN      NOT NULL,
    supports_multimodal BOOLEAN      NOT NULL,
    supports_dualplex   BOOLEAN      NOT NULL,
    CONSTRAINT pk_multimodal_models PRIMARY KEY (id),
    CONSTRAINT uq_multimodal_models_code UNIQUE (code)
);
