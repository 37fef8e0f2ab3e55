-- A version of what an anthology's list item embeds: its segments and their studios, its credits and their people,
-- its companies. An anthology's own version covers its own columns; this one covers the rest, so that a list page can
-- tell from the anthology rows alone whether an item it rendered before is still what the catalogue holds, and skip
-- reading hundreds of embedded rows to find out (AnthologyService, ListItemCache).
--
-- Kept by the database, whoever writes, at one set-based statement per writing statement, as search_entry is (V7).
-- It is never read across instances' memory: a reader compares it with what it cached, in the same snapshot as the
-- rest of the page, so a change is seen by every instance as soon as it commits.
alter table anthology add column embedded_version bigint not null default 0;

-- Anthologies this transaction has written already need no raise: one inserted here cannot be in any cache yet, and
-- one updated here has a new version (every writer of anthology raises it) or was raised by these triggers already.
-- Skipping them keeps an import from rewriting each new anthology row once per table it fills.
create function anthology_embeds_changed(anthologies uuid[]) returns void language sql as $$
    update anthology a set embedded_version = a.embedded_version + 1
    where a.id = any(anthologies) and a.xmin <> pg_current_xact_id()::xid;
$$;

-- segment, credit and anthology_company: the anthologies their changed rows belong to, before and after.
create function anthology_embeds_changed_by_part() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform anthology_embeds_changed(array(select distinct anthology_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform anthology_embeds_changed(array(select distinct anthology_id from old_rows));
    else
        perform anthology_embeds_changed(array(select anthology_id from new_rows union select anthology_id from old_rows));
    end if;
    return null;
end;
$$;

-- The same three triggers on each of the tables, as V7 makes its own.
do $$
declare
    part text;
begin
    foreach part in array array['segment', 'credit', 'anthology_company'] loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       'for each statement execute function anthology_embeds_changed_by_part()', part || '_embeds_inserted', part);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function anthology_embeds_changed_by_part()', part || '_embeds_updated', part);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       'for each statement execute function anthology_embeds_changed_by_part()', part || '_embeds_deleted', part);
    end loop;
end;
$$;

-- A person or company shows in the items that credit or list it. Neither can be deleted while it is referenced, and
-- a new one is referenced by nothing yet, so only updates count.
create function anthology_embeds_changed_by_person() returns trigger language plpgsql as $$
begin
    perform anthology_embeds_changed(array(
        select distinct c.anthology_id from credit c join new_rows p on p.id = c.person_id));
    return null;
end;
$$;

create function anthology_embeds_changed_by_company() returns trigger language plpgsql as $$
begin
    perform anthology_embeds_changed(array(
        select l.anthology_id from anthology_company l join new_rows c on c.id = l.company_id
        union
        select s.anthology_id from segment s join new_rows c on c.id = s.studio_id));
    return null;
end;
$$;

create trigger person_embeds_updated after update on person referencing new table as new_rows
    for each statement execute function anthology_embeds_changed_by_person();
create trigger company_embeds_updated after update on company referencing new table as new_rows
    for each statement execute function anthology_embeds_changed_by_company();
