-- Clue referrals (问题线索报送, 《纪检监察机关处理检举控告工作规则》第十五条、第十八条): once a branch has sent a clue up to
-- the 纪委, the case is the 纪委's alone (confidential policy) and the branch keeps no grant on it. What the branch may
-- still see is this row: the case number, the matter in one line, when it was referred, the status, and the result fed
-- back when the 纪委 closes the case (第十八条). No reporter's identity and no handling details are kept here.
create table dj_clue_referral (
    case_number                   varchar(255)  not null,
    process_instance_id           varchar(64)   not null,
    referring_organisation_code   varchar(255)  not null,
    referring_organisation_name   varchar(255)  not null,
    commission_code               varchar(255)  not null,
    commission_name               varchar(255)  not null,
    summary                       varchar(400)  not null,
    referred_on                   date          not null,
    direct                        boolean       not null,   -- about the receiving organisation's principal leader: sent straight up
    status                        varchar(32)   not null,   -- referred | closed
    closed_on                     date,
    feedback                      varchar(1000),
    constraint pk_dj_clue_referral primary key (case_number)
);
create index ix_dj_clue_referral_organisation on dj_clue_referral (referring_organisation_code, referred_on);
