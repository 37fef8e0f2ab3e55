-- The forms that begin with a query, shortest first, without reading every one of them. Ranked by search_entry_form_idx
-- (V7), a common word cost a read and a sort of every form that begins with it (974 for "memory", 1,405 for "rose" on
-- the generated catalogue of 100,000 anthologies), and that number grows with the catalogue. In this index the forms
-- of one length that begin with the query are one short range, so SearchEntries reads the lengths from the query's own
-- upwards, one range each, and stops as soon as it has the hits it needs: at most one probe per length a form has.
create index search_entry_length_idx on search_entry (length(form), form) include (kind, slug, entity_id, form_number);
