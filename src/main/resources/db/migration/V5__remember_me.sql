-- Spring Security's persistent remember-me tokens: one row per browser that chose "keep me signed in".
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);

create index persistent_logins_username_idx on persistent_logins (username);
