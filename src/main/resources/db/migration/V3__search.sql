-- Search across anthologies, segments, people and companies, in PostgreSQL alone: every title or name is compared in a
-- search form that ignores case, accents, character width and punctuation, and trigram indexes find the candidates.

-- Schema-qualified below, so that the functions work whatever the search_path of whoever calls them.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- The form in which text is compared: NFKC first (ＯＴＯＭＯ is OTOMO, ｶﾀｶﾅ is カタカナ, ℃ is °C, decomposed accents are
-- composed so that unaccent knows them), then without accents, then lowercase. Marks that join parts of one word
-- (A.P.P.P., Kin'ichi, 4°C, ロボット・カーニバル) are dropped; other punctuation separates words (Manie-Manie, Neo-Tokyo).
-- The ranges are spelled out because character classes such as [:punct:] depend on the server's locale, and the
-- indexes below must mean the same on every server.
-- unaccent is only STABLE, since its rules could be edited; naming the dictionary makes the result depend on nothing
-- but those rules, so declaring this IMMUTABLE holds as long as they stay as installed (whoever edits them must
-- recompute the search_text columns below).
create function search_form(value text) returns text language sql immutable parallel safe strict
    return btrim(regexp_replace(regexp_replace(
        lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFKC))),
        '[.''`´°・·‧]+', '', 'g'),
        '[\s!-/:-@\[-`{-~‐-―‘-‟…〜〈-】〔-〛、。]+', ' ', 'g'));

-- Everything a row can be found by, as one text for one trigram index per table: each form in its search form, joined
-- by a character that search forms never contain, so that a LIKE on it cannot match across two forms.
create function search_document(forms text[]) returns text language sql immutable parallel safe
    return (select coalesce(string_agg(search_form(form), '|' order by position), '')
            from unnest(forms) with ordinality as f(form, position)
            where form is not null);

-- How well a form (in search form) answers a query (in search form), from 0 to 1. The whole form beats its beginning,
-- which beats the beginnings of its words in any order ("otomo katsuhiro" for "Katsuhiro Otomo"), which beats text
-- inside a word (Japanese has no spaces between words); within each of these, the form the query covers more of
-- ranks higher. Anything else ranks by trigram similarity, which forgives typos, below all of them.
create function search_score(query text, form text) returns double precision language sql immutable parallel safe strict
    return case
        when form = query then 1.0
        when starts_with(form, query) then 0.8 + 0.15 * length(query) / length(form)
        when (select bool_and(strpos(' ' || form, ' ' || word) > 0)
              from unnest(string_to_array(query, ' ')) as word) then 0.6 + 0.15 * least(1.0, length(query)::float8 / length(form))
        when strpos(form, query) > 0 then 0.45 + 0.1 * length(query) / length(form)
        else 0.45 * public.similarity(query, form)
    end;

-- Stored rather than only indexed: no index narrows down a query too short to have a trigram of its own (大友, 今敏:
-- two characters), so every row's document is compared, and recomputing them costs seconds on a large catalogue where
-- reading stored ones costs milliseconds; index rechecks read them too. The entities do not map these columns;
-- PostgreSQL keeps them current on every insert and update, whoever writes.
alter table anthology add column search_text text not null
    generated always as (search_document(array[title, title_native, title_romanized] || alternate_titles)) stored;
alter table segment add column search_text text not null
    generated always as (search_document(array[title, title_native, title_romanized] || alternate_titles)) stored;
alter table person add column search_text text not null
    generated always as (search_document(array[name, name_native, name_romanized] || alternate_names)) stored;
alter table company add column search_text text not null
    generated always as (search_document(array[name, name_native, name_romanized] || alternate_names)) stored;

-- GIN finds the rows that contain or resemble a query in a few milliseconds, however many there are; the search
-- then scores only a bounded, nearest-first pool of them (see SearchService), so that a common word does not cost
-- seconds on a large catalogue.
create index anthology_search_idx on anthology using gin (search_text gin_trgm_ops);
create index segment_search_idx on segment using gin (search_text gin_trgm_ops);
create index person_search_idx on person using gin (search_text gin_trgm_ops);
create index company_search_idx on company using gin (search_text gin_trgm_ops);
-- A query that is a whole form ("memories", "迷宮物語") is the best answer there is; these find such rows directly
-- instead of rechecking every row that merely contains the query.
create index anthology_search_forms_idx on anthology using gin (string_to_array(search_text, '|'));
create index segment_search_forms_idx on segment using gin (string_to_array(search_text, '|'));
create index person_search_forms_idx on person using gin (string_to_array(search_text, '|'));
create index company_search_forms_idx on company using gin (string_to_array(search_text, '|'));
