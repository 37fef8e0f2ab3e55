-- Indexes for the filters and sort orders of the lists. Each sort index ends with the id, the tie-break that makes
-- every order total, so that a page after a cursor is one index range whatever the sort.

create index anthology_title_idx on anthology (title, id);
create index anthology_release_year_idx on anthology (release_year, id);
create index anthology_created_at_idx on anthology (created_at, id);
create index anthology_kind_idx on anthology (kind);
create index anthology_country_idx on anthology (country);

create index segment_title_idx on segment (title, id);
create index segment_runtime_minutes_idx on segment (runtime_minutes, id);

create index person_name_idx on person (name, id);
create index person_birth_year_idx on person (birth_year, id);

-- "someone credited in this role" and "this person in this role", for anthologies, segments and people alike
create index credit_role_person_idx on credit (role, person_id);

create index video_release_release_date_idx on video_release (release_date, id);
create index video_release_created_at_idx on video_release (created_at, id);
create index video_release_format_idx on video_release (format);
create index video_release_country_idx on video_release (country);
