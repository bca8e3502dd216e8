-- Case numbers of member development (党员发展) cases: <branch>-<year>-<sequence>, one counter per branch and year.
create table dj_case_sequence (
  branch_code varchar(64) not null,
  case_year   integer     not null,
  last_number integer     not null,
  constraint pk_dj_case_sequence primary key (branch_code, case_year)
);
