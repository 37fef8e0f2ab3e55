-- Search over one table of forms instead of one document per row. With the whole document of a row in one column,
-- finding the best hits for a common word meant rechecking every row that contains it (thousands, on a large
-- catalogue) to rank them. With every form of every row in a B-tree, the best hits are found in rank order instead:
-- whole forms, then forms that begin with the query, come straight from one index range; only a query that these
-- leave short of hits reads the trigram index, and then only for the rest (see SearchService).

-- Filling the entries of a large catalogue takes longer than the pool's limit for one statement (StatementTimeout).
set local statement_timeout = 0;

-- The entries: one per form (display, native, romanized and alternate title or name) of each anthology, segment,
-- person and company, in search form. Forms whose search form is empty (only punctuation) answer nothing and are left
-- out. form_number counts the row's non-null forms in that order, so that a hit can show the stored form it matched.
-- kind is the hit's type as the API spells it; ties between equal scores are broken by kind, then slug.
create table search_entry (
    kind        text collate "C" not null check (kind in ('anthology', 'company', 'person', 'segment')),
    entity_id   uuid not null,
    form_number smallint not null check (form_number >= 1),
    slug        text collate "C" not null,
    form        text collate "C" not null check (form <> ''),
    primary key (entity_id, form_number)
);

-- The entries of one row, from its forms in order.
create function search_entries(forms text[]) returns table (form_number smallint, form text)
    language sql immutable parallel safe
begin atomic
    select f.number, f.form
    from (select cast(row_number() over (order by u.position) as smallint) as number, search_form(u.form) as form
          from unnest(forms) with ordinality as u(form, position)
          where u.form is not null) f
    where f.form <> '';
end;

-- Kept current by the database on every insert, update and delete, whoever writes: a statement-level trigger sees
-- all the statement's rows at once, so a bulk import of thousands of rows costs one set-based statement, not one per row.
-- Arguments: the kind, and the table's form columns' stem and plural ('title', 'titles' or 'name', 'names').
create function search_entry_refresh() returns trigger language plpgsql as $$
declare
    forms text;
    changed text;
begin
    forms := format('array[r.%1$I, r.%2$I, r.%3$I] || r.%4$I', tg_argv[1], tg_argv[1] || '_native',
                    tg_argv[1] || '_romanized', 'alternate_' || tg_argv[2]);
    if tg_op = 'INSERT' then
        execute format('insert into search_entry (kind, entity_id, form_number, slug, form) '
                       'select %L, r.id, f.form_number, r.slug, f.form from new_rows r '
                       'cross join lateral search_entries(%s) f', tg_argv[0], forms);
    elsif tg_op = 'DELETE' then
        execute 'delete from search_entry e using old_rows r where e.entity_id = r.id';
    else
        -- a write that leaves the slug and every form alone (a new version, a new runtime) leaves the entries alone
        changed := format('(o.slug, %s) is distinct from (r.slug, %s)', replace(forms, 'r.', 'o.'), forms);
        execute format('delete from search_entry e using old_rows o join new_rows r using (id) '
                       'where e.entity_id = o.id and %s', changed);
        execute format('insert into search_entry (kind, entity_id, form_number, slug, form) '
                       'select %L, r.id, f.form_number, r.slug, f.form from new_rows r join old_rows o using (id) '
                       'cross join lateral search_entries(%s) f where %s', tg_argv[0], forms, changed);
    end if;
    return null;
end;
$$;

do $$
declare
    source record;
begin
    for source in select * from (values ('anthology', 'anthology', 'title', 'titles'), ('segment', 'segment', 'title', 'titles'),
                                        ('person', 'person', 'name', 'names'), ('company', 'company', 'name', 'names'))
                  as t(kind, tab, stem, plural) loop
        execute format('insert into search_entry (kind, entity_id, form_number, slug, form) '
                       'select %L, r.id, f.form_number, r.slug, f.form from %I r '
                       'cross join lateral search_entries(array[r.%3$I, r.%4$I, r.%5$I] || r.%6$I) f',
                       source.kind, source.tab, source.stem, source.stem || '_native', source.stem || '_romanized',
                       'alternate_' || source.plural);
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows '
                       'for each statement execute function search_entry_refresh(%3$L, %4$L, %5$L)',
                       source.tab || '_search_insert', source.tab, source.kind, source.stem, source.plural);
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function search_entry_refresh(%3$L, %4$L, %5$L)',
                       source.tab || '_search_update', source.tab, source.kind, source.stem, source.plural);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows '
                       'for each statement execute function search_entry_refresh(%3$L, %4$L, %5$L)',
                       source.tab || '_search_delete', source.tab, source.kind, source.stem, source.plural);
        -- the documents and their indexes (V3, V6) go with their columns
        execute format('alter table %I drop column search_text', source.tab);
    end loop;
end;
$$;

-- Built after the entries of the rows there are, which is quicker than keeping them current row by row.
-- Whole forms and their beginnings (and so near spellings, by a beginning of the query), in form order, with
-- everything a ranking needs: an index-only range scan.
create index search_entry_form_idx on search_entry (form) include (kind, slug, entity_id, form_number);
-- Text inside a form, for queries of three characters and more.
create index search_entry_trigram_idx on search_entry using gin (form gin_trgm_ops);
-- One or two characters of native text (夢, 大友) inside a form; only forms with non-ASCII text have such pieces.
create index search_entry_grams_idx on search_entry using gin (search_grams(form)) where form ~ '[^\u0001-\u007f]';

drop function search_document(text[]);
-- the score is the service's now (SearchScore), computed on the few entries these statements return
drop function search_score(text, text);
