-- 发文字号 (issue 15, item 12): <issuer>〔<year>〕<n>号, one sequence per issuing organisation, document type (record
-- type) and year, incremented in the issuing transaction (row lock: concurrent writers and nodes take turns).
CREATE TABLE dj_document_sequence (
    organisation_code VARCHAR(100) NOT NULL,
    document_type     VARCHAR(100) NOT NULL,
    document_year     INTEGER      NOT NULL,
    last_number       INTEGER      NOT NULL,
    CONSTRAINT pk_dj_document_sequence PRIMARY KEY (organisation_code, document_type, document_year)
);

-- Which step got which number: a record made again for the same step keeps its number; a number is given once.
CREATE TABLE dj_document_number (
    organisation_code   VARCHAR(100) NOT NULL,
    document_type       VARCHAR(100) NOT NULL,
    document_year       INTEGER      NOT NULL,
    sequence_number     INTEGER      NOT NULL,
    document_number     VARCHAR(300) NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    step                VARCHAR(255) NOT NULL,
    record_type         VARCHAR(100) NOT NULL,
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dj_document_number PRIMARY KEY (organisation_code, document_type, document_year, sequence_number),
    CONSTRAINT uq_dj_document_number_step UNIQUE (process_instance_id, step, record_type)
);
