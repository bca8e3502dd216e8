-- Member standing (党员权利状态) as data: restrictions in force on a person, from a 问责/处分 decision to the end of its
-- period (影响期), or from the organisation model (the starting state: no case, no end date).
create table dj_member_restriction (
    person_id     varchar(255) not null,
    measure       varchar(32)  not null,   -- the measure as the regulations write it, e.g. 留党察看
    case_number   varchar(255) not null,   -- the deciding case; 'organisation-model' for the starting state
    valid_from    date,                    -- null: in force since before the system knew
    valid_until   date,                    -- exclusive; null: until lifted
    lifted_at     timestamp,
    constraint pk_dj_member_restriction primary key (person_id, case_number, measure)
);
create index ix_dj_member_restriction_person on dj_member_restriction (person_id);
