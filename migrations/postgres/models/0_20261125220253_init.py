from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "firm" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "show_message_content_in_client_emails" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "client_account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "client_contact" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" VARCHAR(255),
    "created_at" TIMESTAMPTZ NOT NULL,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_client_cont_email_226393" ON "client_contact" ("email");
COMMENT ON TABLE "client_contact" IS 'A person of a client account; with a password set, a portal user (role CLIENT).';
CREATE TABLE IF NOT EXISTS "client_facing_status" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "position" INT NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "client_facing_status" IS 'A status template of the firm: what a client may see of a job''s progress.';
CREATE TABLE IF NOT EXISTS "event" (
    "seq" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "topic" VARCHAR(16) NOT NULL,
    "client_account_id" INT,
    "job_id" INT,
    "thread_id" INT,
    "request_id" INT,
    "recipient_staff_id" INT,
    "payload" JSONB NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_event_firm_id_ffd97f" ON "event" ("firm_id", "topic", "seq");
COMMENT ON TABLE "event" IS 'One stored event. `seq` increases across the deployment; commit order follows it.';
CREATE TABLE IF NOT EXISTS "job_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "status_visible" BOOL,
    "status_description" TEXT,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "status_id" INT REFERENCES "client_facing_status" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "job_template" IS 'Presets for new jobs; `status_visible` null means no preset client-facing status.';
CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "to" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMPTZ,
    "firm_id" INT REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_next_at_466e4b" ON "outbox_mail" ("next_attempt_at");
COMMENT ON TABLE "outbox_mail" IS 'An e-mail written in the same transaction as its cause and sent after commit.';
CREATE TABLE IF NOT EXISTS "pipeline" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "show_client_facing_status_on_cards" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "portal_invite" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "contact_id" INT NOT NULL REFERENCES "client_contact" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "portal_invite" IS 'A single-use, expiring link that lets a contact set a password.';
CREATE TABLE IF NOT EXISTS "rate_limit_hit" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(300) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_rate_limit__key_52ba7e" ON "rate_limit_hit" ("key");
COMMENT ON TABLE "rate_limit_hit" IS 'One failed attempt (sign-in, wrong link token); counted per key over the last minute.';
CREATE TABLE IF NOT EXISTS "request_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "questions" JSONB NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "role" VARCHAR(16) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "auth_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "contact_id" INT REFERENCES "client_contact" ("id") ON DELETE CASCADE,
    "staff_id" INT REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "auth_token" IS 'A bearer token; only its SHA-256 is stored.';
CREATE TABLE IF NOT EXISTS "client_team_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_client_team_client__72952c" UNIQUE ("client_account_id", "staff_id")
);
COMMENT ON TABLE "client_team_member" IS 'A staff member assigned to a client account''s team.';
CREATE TABLE IF NOT EXISTS "stage" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "position" INT NOT NULL,
    "auto_advance" BOOL NOT NULL,
    "automation_visible" BOOL,
    "automation_description" TEXT,
    "automation_status_id" INT REFERENCES "client_facing_status" ("id") ON DELETE RESTRICT,
    "pipeline_id" INT NOT NULL REFERENCES "pipeline" ("id") ON DELETE CASCADE,
    "request_template_id" INT REFERENCES "request_template" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "stage" IS 'A pipeline stage; `automation_visible` null means the stage has no status automation.';
CREATE TABLE IF NOT EXISTS "job" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "archived" BOOL NOT NULL,
    "deleted_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cf_visible" BOOL NOT NULL,
    "cf_job_name" VARCHAR(200),
    "cf_description" TEXT,
    "cf_updated_at" TIMESTAMPTZ,
    "cf_status_id" INT REFERENCES "client_facing_status" ("id") ON DELETE RESTRICT,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "pipeline_id" INT NOT NULL REFERENCES "pipeline" ("id") ON DELETE CASCADE,
    "stage_id" INT NOT NULL REFERENCES "stage" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_job_firm_id_ec42e9" ON "job" ("firm_id", "archived", "deleted_at");
CREATE TABLE IF NOT EXISTS "chat_thread" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "total_task_count" INT NOT NULL,
    "completed_task_count" INT NOT NULL,
    "all_completed_notified" BOOL NOT NULL,
    "task_list_message_id" INT,
    "reminder_every_days" INT,
    "reminder_max_count" INT,
    "reminder_sent_count" INT NOT NULL,
    "reminder_next_at" TIMESTAMPTZ,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "job_id" INT REFERENCES "job" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_chat_thread_reminde_0a869a" ON "chat_thread" ("reminder_next_at");
CREATE TABLE IF NOT EXISTS "client_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "access" VARCHAR(16) NOT NULL,
    "recipients" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "submitted_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "reminder_every_days" INT,
    "reminder_max_count" INT,
    "reminder_sent_count" INT NOT NULL,
    "reminder_next_at" TIMESTAMPTZ,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "staff_member" ("id") ON DELETE SET NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "job_id" INT REFERENCES "job" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_client_requ_reminde_f49158" ON "client_request" ("reminder_next_at");
CREATE TABLE IF NOT EXISTS "client_status_change" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "actor_id" INT REFERENCES "staff_member" ("id") ON DELETE SET NULL,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "client_status_change" IS 'One entry of a job''s client-facing history: who, when, how, before and after.';
CREATE TABLE IF NOT EXISTS "client_task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "position" INT NOT NULL,
    "completed" BOOL NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "completed_by" VARCHAR(200),
    "completed_by_client" BOOL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "thread_id" INT NOT NULL REFERENCES "chat_thread" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "job_assignee" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_job_assigne_job_id_a714c2" UNIQUE ("job_id", "staff_id")
);
CREATE TABLE IF NOT EXISTS "message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "author_name" VARCHAR(200) NOT NULL,
    "from_client" BOOL NOT NULL,
    "body" TEXT NOT NULL,
    "author_contact_id" INT REFERENCES "client_contact" ("id") ON DELETE SET NULL,
    "author_staff_id" INT REFERENCES "staff_member" ("id") ON DELETE SET NULL,
    "thread_id" INT NOT NULL REFERENCES "chat_thread" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "notification" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "read" BOOL NOT NULL,
    "actor_name" VARCHAR(200) NOT NULL,
    "actor_is_client" BOOL NOT NULL,
    "summary" TEXT NOT NULL,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "recipient_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE,
    "request_id" INT REFERENCES "client_request" ("id") ON DELETE SET NULL,
    "task_id" INT REFERENCES "client_task" ("id") ON DELETE SET NULL,
    "thread_id" INT REFERENCES "chat_thread" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_recipie_2abcbd" ON "notification" ("recipient_id", "read");
CREATE TABLE IF NOT EXISTS "question" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "prompt" TEXT NOT NULL,
    "required" BOOL NOT NULL,
    "options" JSONB NOT NULL,
    "request_id" INT NOT NULL REFERENCES "client_request" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "answer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "text" TEXT,
    "choices" JSONB,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "question_id" INT NOT NULL REFERENCES "question" ("id") ON DELETE CASCADE,
    "request_id" INT NOT NULL REFERENCES "client_request" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_answer_questio_b7222b" UNIQUE ("question_id")
);
CREATE TABLE IF NOT EXISTS "request_link" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "request_id" INT NOT NULL REFERENCES "client_request" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "request_link" IS 'A third party''s secret link to one request; only the token''s SHA-256 is stored.';
CREATE TABLE IF NOT EXISTS "uploaded_file" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "filename" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(255) NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_name" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "question_id" INT NOT NULL REFERENCES "question" ("id") ON DELETE CASCADE,
    "request_id" INT NOT NULL REFERENCES "client_request" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz2ziy/SsofZlMlZJK7NjJbra2yvE4M846dsZW7p3azBQDSZCFhA+FgOz47ua/X4"
    "AP8QVSpPgQifSXmZhEw/TBq/t0o/s/I8uZE5M9ObHZPXFHf0f/GdnYIuIfqTdjNMKrVfRc"
    "PuB4anpNcdRmyriLZ1w8XWCTEfFoTtjMpStOHVs8tdemKR86M9GQ2rfRo7VNv66JwZ1bwp"
    "fet3z8OBJPmCf511+iCbXn5Bth8pX8cfXFWFBizhOfTefyO7znBn9Yec/Obf7Gayh/89SY"
    "OebasqPGqwe+dOxNa2pz+fSW2MTFnMjuubuWf4r80uBvDv86/6ujJv4nxmTmZIHXJo/96V"
    "MjejYyjMuriXFzNjGMUQWwZo4tgRafyry//lZ+wuODZ89fPH95ePz8pWjifebmyYvv/q+O"
    "gPEFPXguJ6Pv3nvMsd/CwzgClZNvPAvrRDxV4xq2TyErPjmNbIhjDNoAuA2yYZMI2mhqdY"
    "BtAXCTsz8msmeLsa+mfHD5PyfXp7+dXD96d/LHz96bh+DNxdXlr2FzR6wQf+Fcnl5cvfaw"
    "j7CeLR06IywL99ubq0s13DGRFOJzOuPov8ikLDOnB428xKIY+TTIEhuH8VvX68XrII38ej"
    "WX2BhYMdd/EW84tYh6AJKS6TEIRJ+E/ygxEpntZc9DMXIJnl/Z5kMwS4oWxfm7s5vJybv3"
    "ifH55WRyJt8cJFZF+PTRcWrMNp2g/z2f/Ibkj+jfV5dn6WHctJv8eyS/Ca+5Y9jOvYHncY"
    "zCx9HXR6MeHjFGpZMjJbX9CBnCIDdyikTIusRDqRqwSSHANcBV6juLL8rDOUAsi/EbxyX0"
    "1v4XefCgPhcfhe0ZUeAa6HqnJiU2v476GxjQ38PJFD6NzjQX32+UxdQcEziIv55wD4nTk5"
    "vTk1/ORsotogGIf491pSm6qa1RDa+cz1M8+3KP3bmRmNjyjXPgpJ5s2mZfWQdW+gm28a0H"
    "kPxL5HeHxsyaLyfOF2KPVJbO5uW40NgRzYSVErbbZvCMTtCUYJe4yJN5hRxxiiLKGbr57e"
    "TxwdExogwxLubR/MkoNQ5VZRUmFJhN+zSb5KgZS8yWWXBPl9jNMZ4SUjuZUD2D2cLfDJPY"
    "t3wpfjx+XoBpqMUfP08r8cGbA+9VUs8g31ZU6IM76O1JSQ319uHq6d6jlDp5J1bGLuZZUr"
    "KBYR6OoTy4UZ4JS3M3IzwpqeFiHqgRHiyW4lF3bC60qGqmYlJoJ1OxZwu5aQtcWCOLRTVQ"
    "4yIA6Vbj24OrAbvwRvbzjlhTMlyKfKtlGJ9b263uYHk3xmucRv3pCW9yP+yT3S2MHT5Zyu"
    "NrpDC8Y2/HRZb3TLQzeNSwUV8jGMp7NJTZevqZqJZ6vpUcE2nGRN73OZUwkg+ePi1hJYtW"
    "uWay9+47qNY/vGrNHY5Ng2P2RQzo2laMfe72pRLtziPztNebWVxPsVbynJ3vBnKeOACdBh"
    "qbphGhZTucCjnFcfzacUyCbTXc+Z2kAJ+KXtpCfPOkWzLo9dXVRWLXen2eDkj58O712fWj"
    "Z952JRpRX33MjoU3V2VYiWERxoTWV83KzBMHi1PlRrfkX+Ia5I64D8YcPyiCgwr86UppAL"
    "oAaKmKVd3G1cIAcwHMTBjlu+OclIbTMhdmm3zjOzlNsvKduE66NGwHoueX85x4LJeBZ96i"
    "qEilq2Qh+EqxrBbUtaphG5MARBWIfnam1QCNBOB43eqgkLOvAQr9TdDNwOZqWeo8tkZLOC"
    "YSm2Vj/omTqD9NUVaeMtvxFuu9AZDf+r0Ma3Moi2y0JSbgFL8eXX64uCjy+yRteoVp+ToQ"
    "e/Ova2LiMHi1aCZPREcaTePEZAz4ipo4vfN70RUkn1abeSDUROoy1pU+6/d7q97WxHGicr"
    "imz5sCn2vmrAO366BUw3GB29X7fwbWfJ9r2B4cruBwBYdrHg8DDAGYtD0wCbaatKVMAi/a"
    "qq5RkIjv0gRuVahiI8ZT+TDFYULlK5TBFcxGENPvwmrS1U6wZZjUbsg2F72VjjMeJF6fnW"
    "lNpMpRRYMEZ3+W+WDgat80D7f4XNM8dgZsNc1jYfJlLiOviMscGzkLhJHfAwqM+1fonvKl"
    "eLzCjN077hwxwsfyZ8fl2ERrRlz0yHVMgk4vzs8uJz+rLiw33j+QBkAa9GbT6IA0IBamZh"
    "WANwJtIby/u+IHR2Uui4tW+QAfZa6Lh9tP5Yv5GUEd0pulAT8qBfhRAeBHQIMBDQbhSBCO"
    "NBxEgWyE+JkBoFwhfqYUuSsTDdUkARJJs4al+fQy3GOIGFH7jvK6EL33SIBzryuNlnAHbN"
    "IbPBNfdsMxX/vnmpJSSrQal+CVFp6AwSKJEuyS3xpxYq3EgBNJA/ElQfJ4+Du6X2IesUIW"
    "fkCMEJ8p+uxMf2Jo5TpSAWUqXqnBnoFRAkapNxtHB4xS/MsyMOcncU+JdYf2aNTuJq20rt"
    "tI5S4saqpGPXfPiIuAeQYGLxi8/dDjxm1E13TlqR6iUSFvNITKXn2QJkFPmoIlFuMtMSQd"
    "azXh2b/hehmr7dtgYQhSrvkVi1HaannFEvpDsP2gjtVxgZXDKTcrmTkbAbBzytk5EVVRFu"
    "JIokPr5pfrkzeTtkycJMzPjkug/CztJIxAlq9SOZhmM8IqYRxJaDiPmwfYJTO6ksdApQpg"
    "SalaRcB2m9T/WKztmcQSTdfU5NRmT+Tv++ceTPlWaoNBDEP+itA3hsHLMVR9yGNiUGygzy"
    "lz2HpqUb7buk7Lwkj3eaRnkq0yzd128JQsjHSfRxrSJXbExEO6xG5hhnSJncAM6RJ/jHMC"
    "4pO7WFah9Tt9qIhwWg6OBvCFt48o5KKsDSeEFkAs/QBQhlyUe8tFqdYPGoD1hyiil9GMam"
    "T8xDa7J27dKyBeJxptFT1JmDGQ+ZlAywtcqY/U70E3uk6qBrL5BAFFF6InXVFaULNu6N+H"
    "lengOZm/oeYQXat7jGjzbwqdLrHt2QQ5YW2JVuMSsW1+xI0xiyS23iq6sgkSou5D/EKP39"
    "1j/5ISWlLGHfdBXgRyxuI/xB6jpXM/RlOyEEoEwvYc4QUnbvZmUeO9Q9xdv+LuqlO52kZq"
    "6ETfMmftzirFU0YSEIhWIhDN39yyAOcHoUUS3Qeg7WfVtBJq5h0lVXDfCADsdWCfiUO+Gv"
    "kbFwH6d/9set+mcMt0epdcZN+grUlGKrldbzkDDVkO2PjeV5mBbN989UoQ5ZqtYYGireYq"
    "DxvCPawhbZrjAnsQ7mG1fQ8L0h60EEcTlqxX8KFF5e4TclDhvkKF+w1yu0SMp2QhYrzPVF"
    "I0WiovdP7BkJbTMB1wK1WxYrAZvp6166aW7GG37a1nA9DR5gbXGX/A64x+NadqlExCBlSz"
    "7awM31S6qhuJp2PZrHGKRkhMr90zKUGUzv4jBmKVpfKJl0T1qe30iyx9ZUXty2UgXSyQL4"
    "MwY2LJkTniTqYczU8ymSi2cnKNVu9DwfN8VITnen2P/gIKaI8UEFz96YKy8GZ6NXDjIoDp"
    "dl0Dov+7jf73N+/6MFfzEA0V5PhqrqratamunN0RW5mqz39RqJiQTZNScYsycFCoDp7UE/"
    "SJka+fELWlDc0IE1qE6zDm5TGfk5XpPFhElsmbOZZFOXLcuVA/Fo5pOvcMUa6OXWz0N/xp"
    "/2lPRFvXWXMZ+ejvzAw9kneSxqHWM5ZRkmPkq+5jFKQrlP8IklD9jMRII7aebvBgf9oySt"
    "IV34AfGFpQk4vf7NUDlN/GxDggP1EYWok/R6rf8uv9Lxfdu5SUzd3+cXPNjDsrOvN0LvLV"
    "17iUKpZ8m7UY6G3+KeULaKNn/e3g4PDwxcHTw+OXR89fvDh6+XRzTGVfFZ1Xr89/lUfWOE"
    "5vQIDmD8qqb1ZfaT9rKKChn7X58Mx+2DA9Yz+GHsCmOZz74Z81BzVQv6qhmhQCWFWwBsqs"
    "sQOPoRYGmLMwr/CDvKGXxTY/3D0mAgHvNQLeIXsMpDvpAUtUo5JKmySRh7qCIwpHI58iCo"
    "cdYoYHtZDHBRQFVKhruXLD0rk3glKrcsfgUnWidhDbZRALU1Pl1i8KEivdJ0TFQuAYBI5l"
    "uLyMYlMmDse31mtG4GgZ+FRA3tWFS1OfbSpo2OZCl2oEqlO/L12h8lOs1M2co64arSNeya"
    "prjcAWq/amI2Kes7kmUBtfu44AdVXYc6jg7Key5yDR2l9k8yDhctZ86nyrh9OV18c7YR8O"
    "j58vBdKKrohJ7bqr733Qja5zKXSSNbRZBUqB7htWToxkxfrDGoZHJlBaB4kpDUhyuZcrK1"
    "K/UrD7gdqVT+4HOXda5fajCEbszpb0zr+873tGPP4sP5YR2H9g/wfH/sdneQWCPy4GHH4F"
    "Dj+2k2QQL+bwk5KQ1aLP8bfgqcnf0/Ty1CRGfWHcUUanqhRXxTk1EoKwn1bxiS4MyWlVVR"
    "NSYpA9plz2mIUR/7gM3hPyLS/qPSOpA+RFe9fZH5PEFM9EDW62roury1/D5ulQwgz+69V8"
    "15MlLQwqRK9ViEVYr6Ha9ZKUGMQ9K86MXlzf6Z1iBgUye45o6DqohmpKCpBVp8u4rQhrXA"
    "QwhYB8qD86HJR3zECyivlcayKtofs2DXLq3CmV4OW2CWxvwn40BTZ+8iRQvRZGx/X56WSk"
    "NiQa2yAqBib2zJoovUmkLKkcqPsZmT0QzPsTCzpEwILaiE0Ala4lqcnWmXR1+skkidFABd"
    "i3zvQk6E4nuFqO+thApo7+iCNaGAVi4HjLRsNBPoZRJpArdP/BH1DDrHGaA7KCQl24fWvW"
    "VerCQdbPKsj2Netn/K6I+uyPR2YXn/083nJrItD3LmGEM7RwXGSTe5k9k71CnwLLLoi6+O"
    "R9L7IIthmyHZkGUwilKpH7ItlEoK38BkhC0S9NBMJQW05CkVgtCtusMNtERhiqEZUOoArA"
    "2zGuRy0NsT3VY3vAXd6CtVM5fAZiZ8Cru2evLjhrdjN8anhq2jR93vlZsEYKsyd8NS4yea"
    "xYI0hqN6Rtc1xgT0DefS2Ddr8IDKuYiWH77szEjfLavqHYfN59gf3ScStf9kiJgU1eziZf"
    "uI61W43glCRcaKpgj0+ducKjn2+Bh+21mNVdG93BzhAkuKtmKiplwWTMzugAqB2cjwpJAL"
    "gvpT36tndAaeke2eMlSkvnbRGdO3t7tjuUhVixOSaAFt+BLj9cXCiRnkVpWBthmcqndR02"
    "2snTPgfv/RBNiQyDCrYpnYEwn3Ky0y3bTbi0Kdgjf5e3L0KOJSCj+meAABk1oIFM8iOHBy"
    "XokcODXHZEvkqXKFMpg4WsSCgCdEgFOkQcO7swfgkpDSd0O7ngPNQo2430U0h3ONOHH4ez"
    "tiysusxTEHwTiWgxxTtPpwN5QDpgpyCwqb3yqDsWRgVsC7CFir5tUNSYfalIUEcSAGhfOH"
    "8NQYXgxi6DGxNcH1zpKgFv+tSGtEB9Swu0H89gz7bi+o5Btb9KqgGNTeFJ0Jmm0EYaUwlg"
    "3Sg1SiPYapdqJbsRx5X8Xrn+YkWzFI6/ZEmtfLefX77LsMKGW+/WntiIPJbN0b1LOSc2oj"
    "biS4KY+ACBIbaZkBeNEWaIcoZmeM0IwvYcMTFjEF5w4qKZY1mUZ+/VNt47xMD3y+3InSqU"
    "vt9aC54zReUfPS9D5R89z6fy5bs0mzz9TFTxHfkAx0Q0RPmwlMPksMBhcph1mECsbpdsPd"
    "RUyZ3q+tZUYZ5FVnnIY2JQ5qDPQSqYy3wuqmyP+VHhMZHufBhPe61lRYCaWNgoxHUdt8rJ"
    "lJSC/A3VjydbYGsEU3OHDUsh3snG1aVBodO+1b1Xu2frSyvfS8+wbcz1sh86apPcXkFGxR"
    "Pf51NR8Uz7kPVgUGt6XMD4QBa1lrOoLcUhFnix/JyCYQp7gd5MrGtV1uvCzGqlOuwwzDNc"
    "DYMN8wQWI3+B6MtiQAykVupi38DtQF9MZLiuXzxBI5CTJ7CszVMTHt3qF7VaVeK943Jsnt"
    "t3VJ1aOvF+XGhzeC0NGjXd7gBHTABiksdr+ZZ8W1EJEJL1RRBfYo5MmRgao+DWMJIpnzFa"
    "YcbuHXeucHnX7w9Mnn6ZPNz5QmxjidmyiuGTlGrG/NkvzAnj57iMx/s43+F9nPF3e2uFsB"
    "3U6qSkhmr1QNToUqyr2Bd3MZ1iYuAN7PP4gnWcv4Pqax3vlH6tgbxrvRvidm3k/eX86RvQ"
    "pS8E5Gf72bOL5XcZipyT6Gfzblxk7nyNtwIXy5DW+LjA3hBbM1UX8ciFNi4C+6iCs4dEOi"
    "3mdF65jrVSHEr5sUqRhBYAdx2oJO+xCIu3evaiSAwyGFXw+Dnedyk44bc3V5dqrGMiaUuG"
    "zjj6LzJpqZtWOyE++sdibfsXa6ZranJqsyfy9/1z1P0wSIiKF0B6ro+T1onsQLUA9pHioW"
    "8bT8vmxv4uGPYN6AZuGFby0GGb3RO3phfqxOtEI7RTDnmzrpvuw8p08JzM34iudIKpTbP1"
    "WuBzQS3Kf6N8pDBdE+/HRearRNowZVNjGbTd6q67sol4JYZrjoJIa/RI1pF/TO0xunedja"
    "tNel9+foW8NACi8Yq46At5QM6d+Ie8gSqj5ZFF7TUnWSdeK7/lT/tPsWGKroI7sNL+m2JG"
    "EHN8zyARUg+IEVdKCw15RhgTPxIWXZn1fhE4CXtotIthr2RfklZvEe7PL9jKJU3IbqyrDy"
    "GjfO6Hiw0U0wuxqSvPtNjr4iMtUP/MsGWJ+BO+pK44OrDLH36S+/3MJTw8XpAjTqKg01fi"
    "B/PBOwu8c0c0vvnt5PHB0TGiQo4LlVwZj9J4/3D09OvogfgUiE/phSHS90OoVPyCS+7Eyt"
    "glfiEpCVEqfR5liFL5UTRMoI3b0UiANu4NbdyBZTQh1srE6vj8dJNxGQuJx1tD7MqQVv64"
    "wBaB68HtXg/mlJuVAN4IAMLlEA6D6ip5+xNC4O9v3N8Pl2/h8m0P1LRGLt92eb+0nwxCtw"
    "7reI0BhfaaKkGQr7n6VXqtqCVorUPa/EBr3Z9ORcKE5GUB3gho55doJVW061QzCsL2Gs7f"
    "FqLbg7v5lT1sGUEN4T44Oio1nY8KpvNRGnEg5/PR15ecBxsPbDxdbDwvuKJu9PaaLyeyH4"
    "3sPEWNs8AhUBMsTQsYfU8lppJpG2dLbNcmEHy8brweT70ONQWNE2x54XiNADYRvWlXrjCB"
    "12dn2gRcb53pCZMh82SIWlYppCzCWH0m753fi6arz3Y4XdAZznGoVAHqMtaVTlOqZerTUy"
    "lVpOftFkc92zQpEcMcJvtGntQr9Elq+pY3VsYdZVT0+cn7OGQRbAcXWmRTJGxjZDvIP9tQ"
    "JKaKZG7ptwAbC2xsb/aJDthYyC/SfH4Rj9nA87vQdE6dc0VZGdKikJmhQmaG7AmwA/rZDn"
    "Ybg35qaN2NQPw7M6OQnwwmvwcoYlU9N0wMzYAwqKSk5IlDvaPs1A/10WoIp6TgOFUgm44S"
    "3i1iPyUNU3iriyBetKmmmyBeJWpgs7msqyC1ktXugsK9uQGcfWLyjVfZ52bT6bBmdVnA8w"
    "6nBPLXZzeT6/PTyahwR2kAecW9Bz1hz9lPE6iLb0GXHy4uoABJ71jARJYjBRmYzoKUzwmu"
    "g5bGImwKMZBDOvnHBaybHNKqzFtcRkf2rZXgJsfm0u/tAVUB67Qc4F0Ob0b/T8UJ0dvcHS"
    "OU0Mky+9vBweHhi4Onh8cvj56/eHH08ulm/8i+KtpIXp//KveSBP5Z+40t8cHRcZXpHUlo"
    "OLGbT0Yi0/GI096oumOn5bSLr24eaohGzYceolEhGrUspxfeka2GakoKkC1gSyGtSavkKM"
    "RPNxI/rZi5jdGgkCkmjXC8RlBNiONFiTRFN3Xa9CkRzwlx6Ww5UvB3wZtxEXOHozZA2Q3p"
    "PBoXUHZ3xGXKpZ1v/8VENLSzWyGQ5KKqgHDQXEN0n5UKRnxWEIz4LBuMGNCaWYTzk+3ERL"
    "pPtbOfSKHGkupk1NsuD7Pv/w8GkamR"
)
