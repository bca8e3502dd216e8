-- Reporter protection (监督, 《纪检监察机关处理检举控告工作规则》第四十七条): the identity of a real-name reporter never
-- enters the engine. It is kept here, encrypted (AES-GCM, key from the deployment's keystore), under an opaque id that
-- the case carries as `reporterRef`. A row is deposited when a report arrives and attached to its case in the starting
-- transaction; a deposit whose start failed stays unattached and is purged after a day.
create table dj_reporter (
    reporter_ref         varchar(36)   not null,
    case_number          varchar(255),
    process_instance_id  varchar(64),
    commission_code      varchar(255),
    nonce                varchar(32)   not null,   -- base64 of the 12-byte GCM nonce
    ciphertext           varchar(4000) not null,   -- base64 of the encrypted identity (JSON) and its tag
    key_alias            varchar(255)  not null,
    deposited_at         timestamp     not null,
    constraint pk_dj_reporter primary key (reporter_ref)
);
create unique index ux_dj_reporter_case on dj_reporter (case_number);

-- Every attempt to read a reporter's identity, granted or refused: who, when, which case, the stated reason. Readable
-- by the leadership of the 纪委 responsible for the case (commission_code).
create table dj_reporter_read (
    read_id          varchar(36)   not null,
    case_number      varchar(255)  not null,
    commission_code  varchar(255)  not null,
    reader_id        varchar(255)  not null,
    read_at          timestamp     not null,
    reason           varchar(1000) not null,
    granted          boolean       not null,
    constraint pk_dj_reporter_read primary key (read_id)
);
create index ix_dj_reporter_read_commission on dj_reporter_read (commission_code, read_at);
