-- Trigram indexes cannot narrow down a query of one or two characters, yet in Japanese that is a whole word or name
-- (夢, 迷宮, 田中, 大友): without an index, such a search compared every row of every table, over half a second on a
-- catalogue of 100,000 anthologies. This indexes every one- and two-character piece of the non-ASCII runs of each
-- search document, so that such a query is found by containment in the GIN index instead. Latin queries that short
-- match whole titles and names only (see SearchService).
create function search_grams(document text) returns text[] language sql immutable parallel safe strict
    return array(select distinct substr(run[1], i, n)
                 from regexp_matches(document, '[^\u0001-\u007f| ]+', 'g') as run,
                      generate_series(1, length(run[1])) as i, (values (1), (2)) as len(n)
                 where i + n - 1 <= length(run[1]));

create index anthology_search_grams_idx on anthology using gin (search_grams(search_text));
create index segment_search_grams_idx on segment using gin (search_grams(search_text));
create index person_search_grams_idx on person using gin (search_grams(search_text));
create index company_search_grams_idx on company using gin (search_grams(search_text));
