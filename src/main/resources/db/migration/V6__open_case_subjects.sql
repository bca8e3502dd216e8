-- One open case per subject (e.g. one person per member development case): the subject of every running case, keyed
-- by its family and a digest of the subject's key (SHA-256 of e.g. the ID-card number), so two starts at once — on two
-- nodes — cannot both open a case for the same person. Inserted in the starting transaction, deleted in the
-- transaction that ends the process instance (completed, withdrawn or deleted). Cases already running when this table
-- was created are not in it; the query check at the start still finds them.
create table dj_open_case_subject (
    case_family          varchar(64)  not null,
    subject_digest       varchar(64)  not null,
    process_instance_id  varchar(64)  not null,
    case_number          varchar(255),
    opened_at            timestamp    not null,
    constraint pk_dj_open_case_subject primary key (case_family, subject_digest)
);
create index ix_dj_open_case_subject_instance on dj_open_case_subject (process_instance_id);
