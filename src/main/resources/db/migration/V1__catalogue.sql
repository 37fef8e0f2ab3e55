-- The catalogue's model. Rules that must hold whichever client writes (the service, an import, a DBA with psql)
-- live here as constraints; the service checks the same rules first, to report them member by member.

-- One definition per rule, used by the check of every column it applies to. (Domains would say the same more
-- briefly, but the JDBC metadata reports domain columns as DISTINCT types, which Hibernate's validation rejects.)

-- A ref in a URL is either an id or a slug, so a slug must not have the shape of a UUID.
create function is_slug(value text) returns boolean language sql immutable parallel safe
    return value ~ '^[a-z0-9]+(-[a-z0-9]+)*$'
        and char_length(value) <= 100
        and value !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

create function is_display_text(value text) returns boolean language sql immutable parallel safe
    return char_length(value) <= 300 and btrim(value) <> '';

create function is_display_texts(value text[]) returns boolean language sql immutable parallel safe
    return cardinality(value) <= 50 and array_position(value, null) is null
        and (select coalesce(bool_and(is_display_text(item)), true) from unnest(value) as item);

create function is_long_text(value text) returns boolean language sql immutable parallel safe
    return char_length(value) <= 10000 and btrim(value) <> '';

create function is_country_code(value text) returns boolean language sql immutable parallel safe
    return value ~ '^[A-Z]{2}$';

create function is_language_tag(value text) returns boolean language sql immutable parallel safe
    return value ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

create function is_language_tags(value text[]) returns boolean language sql immutable parallel safe
    return cardinality(value) <= 50 and array_position(value, null) is null
        and (select coalesce(bool_and(is_language_tag(item)), true) from unnest(value) as item);

create function is_http_url(value text) returns boolean language sql immutable parallel safe
    return value ~ '^https?://\S+$' and char_length(value) <= 2000;

create function is_year(value smallint) returns boolean language sql immutable parallel safe
    return value between 1900 and 2100;

create table company (
    id              uuid primary key,
    -- slugs are compared byte-wise so that their order, and paging by it, is the same on every server
    slug            text collate "C" not null unique check (is_slug(slug)),
    name            text not null check (is_display_text(name)),
    name_native     text check (is_display_text(name_native)),
    name_romanized  text check (is_display_text(name_romanized)),
    alternate_names text[] not null default '{}' check (is_display_texts(alternate_names)),
    kinds           text[] not null
        check (cardinality(kinds) >= 1 and array_position(kinds, null) is null
            and kinds <@ array['ANIMATION_STUDIO', 'PRODUCER', 'DISTRIBUTOR', 'HOME_VIDEO_PUBLISHER', 'LABEL']),
    country         text check (is_country_code(country)),
    website_url     text check (is_http_url(website_url)),
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table person (
    id                  uuid primary key,
    slug                text collate "C" not null unique check (is_slug(slug)),
    name                text not null check (is_display_text(name)),
    name_native         text check (is_display_text(name_native)),
    name_romanized      text check (is_display_text(name_romanized)),
    alternate_names     text[] not null default '{}' check (is_display_texts(alternate_names)),
    -- a year alone is often all that is known; a date, when known, must agree with it
    birth_year          smallint check (is_year(birth_year)),
    birth_date          date check (extract(year from birth_date) = birth_year),
    death_year          smallint check (is_year(death_year) and death_year >= birth_year),
    death_date          date check (extract(year from death_date) = death_year and death_date >= birth_date),
    biography           text check (is_long_text(biography)),
    myanimelist_id      integer unique check (myanimelist_id > 0),
    anilist_id          integer unique check (anilist_id > 0),
    anidb_id            integer unique check (anidb_id > 0),
    animenewsnetwork_id integer unique check (animenewsnetwork_id > 0),
    wikidata_id         text unique check (wikidata_id ~ '^Q[1-9][0-9]*$'),
    version             bigint not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create table anthology (
    id                  uuid primary key,
    slug                text collate "C" not null unique check (is_slug(slug)),
    title               text not null check (is_display_text(title)),
    title_native        text check (is_display_text(title_native)),
    title_romanized     text check (is_display_text(title_romanized)),
    alternate_titles    text[] not null default '{}' check (is_display_texts(alternate_titles)),
    kind                text not null check (kind in ('FILM', 'OVA', 'TV', 'WEB')),
    release_year        smallint check (is_year(release_year)),
    premiere_date       date,
    country             text check (is_country_code(country)),
    runtime_minutes     integer check (runtime_minutes between 1 and 10000),
    synopsis            text check (is_long_text(synopsis)),
    cover_image_url     text check (is_http_url(cover_image_url)),
    myanimelist_id      integer unique check (myanimelist_id > 0),
    anilist_id          integer unique check (anilist_id > 0),
    anidb_id            integer unique check (anidb_id > 0),
    animenewsnetwork_id integer unique check (animenewsnetwork_id > 0),
    wikidata_id         text unique check (wikidata_id ~ '^Q[1-9][0-9]*$'),
    version             bigint not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create table anthology_company (
    anthology_id uuid not null references anthology on delete cascade,
    position     integer not null check (position >= 1),
    company_id   uuid not null references company,
    role         text not null check (role in ('ANIMATION_STUDIO', 'PRODUCER', 'DISTRIBUTOR')),
    note         text check (is_display_text(note)),
    primary key (anthology_id, position),
    unique (anthology_id, company_id, role)
);
create index anthology_company_company_idx on anthology_company (company_id);

create table segment (
    id               uuid primary key,
    slug             text collate "C" not null unique check (is_slug(slug)),
    anthology_id     uuid not null references anthology on delete cascade,
    position         smallint not null check (position >= 1),
    title            text not null check (is_display_text(title)),
    title_native     text check (is_display_text(title_native)),
    title_romanized  text check (is_display_text(title_romanized)),
    alternate_titles text[] not null default '{}' check (is_display_texts(alternate_titles)),
    runtime_minutes  integer check (runtime_minutes between 1 and 10000),
    synopsis         text check (is_long_text(synopsis)),
    studio_id        uuid references company,
    source_work      text check (is_long_text(source_work)),
    version          bigint not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    -- deferrable so that segments can be reordered within one transaction
    constraint segment_position_unique unique (anthology_id, position) deferrable initially immediate,
    -- the target of credit's (segment_id, anthology_id) key
    unique (id, anthology_id)
);
create index segment_studio_idx on segment (studio_id);

create table credit (
    id           uuid primary key,
    person_id    uuid not null references person,
    -- The credit is on the segment when there is one, otherwise on the whole anthology. The anthology is stored
    -- either way (the key below keeps it consistent) so that "everyone credited anywhere in this anthology" and a
    -- person's filmography are one indexed lookup.
    anthology_id uuid not null references anthology on delete cascade,
    segment_id   uuid,
    role         text not null check (role in (
        'ORIGINAL_CREATOR', 'ORIGINAL_STORY', 'GENERAL_DIRECTOR', 'DIRECTOR', 'UNIT_DIRECTOR', 'SCREENPLAY',
        'COMPOSITION', 'STORYBOARD', 'CHARACTER_DESIGN', 'MECHANICAL_DESIGN', 'ANIMATION_DIRECTOR',
        'EFFECTS_ANIMATION_DIRECTOR', 'KEY_ANIMATION', 'LAYOUT', 'ART_DIRECTOR', 'BACKGROUND_DESIGN',
        'BACKGROUND_ART', 'COLOR_DESIGN', 'CG_DIRECTOR', 'DIRECTOR_OF_PHOTOGRAPHY', 'EDITING', 'SOUND_DIRECTOR',
        'SOUND_EFFECTS', 'MUSIC', 'MUSIC_ARRANGEMENT', 'THEME_SONG', 'PRODUCER', 'EXECUTIVE_PRODUCER',
        'PLANNING', 'SUPERVISOR')),
    -- billing order among the credits of the same anthology or segment
    position     smallint not null check (position >= 1),
    note         text check (is_display_text(note)),
    version      bigint not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    foreign key (segment_id, anthology_id) references segment (id, anthology_id) on delete cascade,
    unique nulls not distinct (person_id, anthology_id, segment_id, role)
);
create index credit_person_idx on credit (person_id);
create index credit_anthology_idx on credit (anthology_id, segment_id, position);
create index credit_segment_idx on credit (segment_id, position) where segment_id is not null;

-- "release" is an SQL keyword; the table name says what kind of release it holds.
create table video_release (
    id                 uuid primary key,
    slug               text collate "C" not null unique check (is_slug(slug)),
    anthology_id       uuid not null references anthology,
    format             text not null check (format in ('VHS', 'LASERDISC', 'DVD', 'BLU_RAY', 'UHD_BLU_RAY', 'DIGITAL')),
    country            text check (is_country_code(country)),
    region_codes       text[] not null default '{}'
        check (array_position(region_codes, null) is null
            and region_codes <@ array['0', '1', '2', '3', '4', '5', '6', '7', '8', 'A', 'B', 'C', 'free']),
    publisher_id       uuid references company,
    release_year       smallint check (is_year(release_year)),
    release_date       date check (extract(year from release_date) = release_year),
    edition            text check (is_display_text(edition)),
    catalog_number     text check (is_display_text(catalog_number)),
    -- UPC-A, EAN-13 or EAN-8; the service verifies the check digit
    barcode            text check (barcode ~ '^([0-9]{8}|[0-9]{12,13})$'),
    aspect_ratio       text check (aspect_ratio ~ '^[0-9]{1,2}(\.[0-9]{1,2})?:1$'),
    anamorphic         boolean,
    subtitle_languages text[] not null default '{}'
        check (is_language_tags(subtitle_languages)),
    disc_count         smallint check (disc_count between 1 and 100),
    runtime_minutes    integer check (runtime_minutes between 1 and 10000),
    bonus_features     text[] not null default '{}' check (is_display_texts(bonus_features)),
    print_status       text check (print_status in ('ANNOUNCED', 'IN_PRINT', 'OUT_OF_PRINT')),
    notes              text check (is_long_text(notes)),
    version            bigint not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index video_release_anthology_idx on video_release (anthology_id);
create index video_release_publisher_idx on video_release (publisher_id);

create table release_audio_track (
    release_id uuid not null references video_release on delete cascade,
    position   integer not null check (position >= 1),
    language   text not null check (is_language_tag(language)),
    codec      text check (is_display_text(codec)),
    channels   text check (channels ~ '^[0-9]{1,2}\.[0-9]$'),
    primary key (release_id, position)
);

create table release_segment (
    release_id uuid not null references video_release on delete cascade,
    segment_id uuid not null references segment on delete cascade,
    primary key (release_id, segment_id)
);
create index release_segment_segment_idx on release_segment (segment_id);
