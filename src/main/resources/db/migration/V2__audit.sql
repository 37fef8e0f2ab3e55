-- Who changed what, and when: one row per successful write, inserted in the write's own transaction so that there is
-- never a change without its record, nor a record of a change that was rolled back.
create table audit_event (
    -- UUIDv7, so that id order is time order and the log pages by id
    id            uuid primary key,
    occurred_at   timestamptz not null default now(),
    -- the token's subject
    actor         text not null check (is_display_text(actor)),
    action        text not null check (action in ('CREATE', 'REPLACE', 'PATCH', 'DELETE')),
    resource_type text not null check (resource_type in ('ANTHOLOGY', 'SEGMENT', 'PERSON', 'COMPANY', 'CREDIT', 'RELEASE')),
    resource_id   uuid not null,
    -- the slug the resource had after the change (before it, for a delete); credits have none
    resource_slug text check (is_slug(resource_slug))
);
create index audit_event_resource_idx on audit_event (resource_id, id);
