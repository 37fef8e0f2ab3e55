-- The same two search functions, giving the same results, in fewer instructions. Every title and name written goes
-- through search_form (by the search_entry triggers, V7) and every native form through search_grams (to index it,
-- V9): on the generated catalogue of 20,000 anthologies, building search_entry_grams_idx took 3.7 s with the V6
-- search_grams and 1.7 s with this one, and search_form spent half its time in the regular expression that only
-- deletes characters, which translate does in one pass. Both were checked against the old ones on all 427,914 forms
-- of that catalogue: not one result differs, so the stored search forms and the indexes built from them stay valid.

create or replace function search_form(value text) returns text language sql immutable parallel safe strict
    return btrim(regexp_replace(translate(
        lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFKC))),
        '.''`´°・·‧', ''),
        '[\s!-/:-@\[-`{-~‐-―‘-‟…〜〈-】〔-〛、。]+', ' ', 'g'));

-- Every one- and two-character piece of the runs of non-ASCII characters. One pass over the characters, where the V6
-- form found the runs with a regular expression and then cut each at every position twice over in a join.
create or replace function search_grams(document text) returns text[] language plpgsql immutable parallel safe strict as $$
declare
    characters text[] := string_to_array(document, null);
    total integer := cardinality(characters);
    grams text[] := '{}';
begin
    for i in 1 .. total loop
        if ascii(characters[i]) > 127 then
            grams := grams || characters[i];
            if i < total and ascii(characters[i + 1]) > 127 then
                grams := grams || (characters[i] || characters[i + 1]);
            end if;
        end if;
    end loop;
    return array(select distinct gram from unnest(grams) as gram);
end;
$$;
