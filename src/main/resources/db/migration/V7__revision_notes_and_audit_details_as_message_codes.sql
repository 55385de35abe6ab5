-- Revision notes and audit details were stored as English sentences ("edited", "restored revision 12",
-- "changed news (News / 新闻) → …") and so shown in English in the Chinese admin. They become message codes with
-- parameters (StoredMessage: the code, then each parameter after a |, with | and \ in a parameter escaped by a \),
-- which each reader sees in their own language. Text of any other shape is left as it was and shown as it is.
-- Running this again changes nothing: no converted row has the old shape.

-- A parameter as it is stored: \ and | escaped by a \ (chr(92)).
create or replace function pg_temp.stored_arg(value text) returns text language sql immutable
    as $$ select replace(replace(value, chr(92), chr(92) || chr(92)), '|', chr(92) || '|') $$;

-- Revision notes: what a save did.
update article_revision set note = 'revision.note.' || note
 where note in ('created', 'edited', 'imported');
update article_revision set note = 'revision.note.' || upper(note)
 where note in ('submit', 'publish', 'return', 'unpublish', 'archive');
update article_revision set note = 'revision.note.restored|' || substring(note from '^restored revision ([0-9]+)$')
 where note ~ '^restored revision [0-9]+$';

-- Departments and sections created or changed: "created slug (English / 中文)", "changed <before> → <after>".
update audit_event
   set details = left('audit.detail.created|' || pg_temp.stored_arg(substring(details from 9)), 1000)
 where action in ('DEPARTMENT_SAVED', 'SECTION_SAVED') and details like 'created %';
update audit_event e
   set details = left('audit.detail.changed|' || pg_temp.stored_arg(m.parts[1]) || '|' || pg_temp.stored_arg(m.parts[2]), 1000)
  from (select id, regexp_match(details, '^changed (.+) → ([a-z0-9]+(?:-[a-z0-9]+)* \(.*\))$') as parts
          from audit_event where action in ('DEPARTMENT_SAVED', 'SECTION_SAVED')) m
 where e.id = m.id and m.parts is not null;

-- A revision put back, sign-ins.
update audit_event set details = 'audit.detail.revision|' || substring(details from '^revision ([0-9]+)$')
 where action = 'REVISION_RESTORED' and details ~ '^revision [0-9]+$';
update audit_event set details = 'audit.detail.rememberMe'
 where action = 'SIGN_IN' and details = 'remember-me';
update audit_event set details = 'audit.detail.badCredentials'
 where action = 'SIGN_IN_FAILED' and details = 'Bad credentials';
update audit_event set details = 'audit.detail.signInRefused|' || details
 where action = 'SIGN_IN_FAILED' and details ~ '^[A-Z][A-Za-z]*Exception$';

-- Staff accounts: "name: ROLE, departments [a, b]", "name: display name A → B; departments [a]".
update audit_event e
   set details = left('audit.detail.userCreated|' || pg_temp.stored_arg(m.parts[1]) || '|' || m.parts[2]
                      || '|' || pg_temp.stored_arg(m.parts[3]), 1000)
  from (select id, regexp_match(details, '^([^:|]+): ([A-Z]+), departments (\[.*\])$') as parts
          from audit_event where action = 'USER_CREATED') m
 where e.id = m.id and m.parts is not null;
update audit_event e
   set details = left('audit.detail.userRenamedAndMoved|' || pg_temp.stored_arg(m.parts[1]) || '|'
                      || pg_temp.stored_arg(m.parts[2]) || '|' || pg_temp.stored_arg(m.parts[3]) || '|'
                      || pg_temp.stored_arg(m.parts[4]), 1000)
  from (select id, regexp_match(details, '^([^:|]+): display name (.*) → (.*); departments (\[.*\])$') as parts
          from audit_event where action = 'USER_UPDATED') m
 where e.id = m.id and m.parts is not null;
update audit_event e
   set details = left('audit.detail.userRenamed|' || pg_temp.stored_arg(m.parts[1]) || '|'
                      || pg_temp.stored_arg(m.parts[2]) || '|' || pg_temp.stored_arg(m.parts[3]), 1000)
  from (select id, regexp_match(details, '^([^:|]+): display name (.*) → (.*)$') as parts
          from audit_event where action = 'USER_UPDATED') m
 where e.id = m.id and m.parts is not null;
update audit_event e
   set details = left('audit.detail.userMoved|' || pg_temp.stored_arg(m.parts[1]) || '|'
                      || pg_temp.stored_arg(m.parts[2]), 1000)
  from (select id, regexp_match(details, '^([^:|]+): departments (\[.*\])$') as parts
          from audit_event where action = 'USER_UPDATED') m
 where e.id = m.id and m.parts is not null;
