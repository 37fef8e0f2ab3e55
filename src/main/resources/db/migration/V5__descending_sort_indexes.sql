-- Lists sort nulls last in both directions and break ties by id in the direction of the last field. For a field that
-- may be null, "field desc nulls last, id desc" is an index on (field nulls first, id) read backwards; the V4 index
-- (field, id) serves only the ascending order. Without these, a descending sort read and sorted every matching row.
create index anthology_release_year_desc_idx on anthology (release_year nulls first, id);
create index person_birth_year_desc_idx on person (birth_year nulls first, id);
create index segment_runtime_minutes_desc_idx on segment (runtime_minutes nulls first, id);
create index video_release_release_date_desc_idx on video_release (release_date nulls first, id);
