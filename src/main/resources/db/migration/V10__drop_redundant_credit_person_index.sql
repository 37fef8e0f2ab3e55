-- credit's unique key (person_id, anthology_id, segment_id, role) begins with person_id, so it already finds a
-- person's credits; this second index on person_id alone only cost every credit written one more B-tree insert. An
-- import writes some 24 credits per anthology: generating 20,000 anthologies into an empty server database took
-- 41.2 s without it and 52.5 s with it.
drop index credit_person_idx;
