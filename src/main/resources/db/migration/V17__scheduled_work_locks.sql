-- Scheduled work that runs once across instances (ShedLock): one row per kind of work, held until lock_until.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
