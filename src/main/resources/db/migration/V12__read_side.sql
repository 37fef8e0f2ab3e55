-- The read side renders the API's JSON in the statement that reads it (io.animecatalogue.database.SqlJson). An
-- instant is written as Java writes one: RFC 3339 in UTC, with as many fractional digits as it has and no trailing
-- zeros (2026-11-22T10:15:30.12Z, 2026-11-22T10:15:30Z), so that a document reads the same whichever side made it.
create function api_instant(t timestamptz) returns text language sql stable parallel safe
    return rtrim(rtrim(to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z';
