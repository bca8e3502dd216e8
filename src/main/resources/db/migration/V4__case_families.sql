-- Case numbers per process family: <prefix>-<organisation>-<year>-<sequence>, one counter per family,
-- organisation and year. Existing counters were member development's (prefix DY) and continue from where they are.
alter table dj_case_sequence add column family_prefix varchar(8) default 'DY' not null;
alter table dj_case_sequence drop constraint pk_dj_case_sequence;
alter table dj_case_sequence add constraint pk_dj_case_sequence primary key (family_prefix, branch_code, case_year);
