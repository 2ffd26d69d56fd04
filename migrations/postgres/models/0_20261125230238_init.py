from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "event_prune_mark" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "pruned_through_seq" BIGINT NOT NULL,
    "pruned_at" TIMESTAMPTZ
);
COMMENT ON TABLE "event_prune_mark" IS 'How far retention has pruned the event store: resuming after a seq below';
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
    "client_visible" BOOL NOT NULL,
    "payload" JSONB NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_event_firm_id_ffd97f" ON "event" ("firm_id", "topic", "seq");
CREATE INDEX IF NOT EXISTS "idx_event_topic_893bf9" ON "event" ("topic", "job_id", "seq");
CREATE INDEX IF NOT EXISTS "idx_event_at_626eca" ON "event" ("at");
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
    "eJztXWtz2ziy/SsofdmkSkklduxkJ1tb5XiSiWcdO2Mr905tMsVAEmQx4UMhIDu+u/nvFw"
    "BJ8QVSpPgQifSX3QmJhuiDV/fpRvd/RrY7JxZ9fOLQO+KNfkH/GTnYJvw/Um/GaIRXq+i5"
    "eMDw1JJNcdRmSpmHZ4w/XWCLEv5oTujMM1fMdB3+1FlblnjoznhD07mJHq0d89uaGMy9IW"
    "wpv+XjxxF/QqXkX3/xJqYzJ98JFa/EP1dfjYVJrHnis825+A753GD3K/nszGFvZEPxy1Nj"
    "5lpr24kar+7Z0nU2rU2Hiac3xCEeZkR0z7y1+FPElwZ/c/jX+V8dNfE/MSYzJwu8tljsT5"
    "8a0bORYVxcTozr1xPDGFUAa+Y6Amj+qVT+9TfiEx4dPH32/NmLw+NnL3gT+ZmbJ89/+D8d"
    "AeMLSnguJqMf8j1m2G8hMY5AZeQ7y8I64U/VuIbtU8jyT04jG+IYgzYAboNs2CSCNppaHW"
    "BbANzk9Z8T0bNN6TdLPLj4n5Or07cnVw/enfz5UL65D96cX178FjZ3+QrxF87F6fnlK4l9"
    "hPVs6ZozQrNw/359eaGGOyaSQnxuzhj6L7JMmpnTg0ZeYFGMfBpkgY1L2Y0ne5EdpJFfr+"
    "YCGwMr5vqv/A0zbaIegKRkegwC0cfhf5QYicz2suehGHkEzy8d6z6YJUWL4uzd6+vJybv3"
    "ifH59WTyWrw5SKyK8OmD49SYbTpB/3s2eYvEP9G/Ly9ep4dx027y75H4JrxmruG4dwaexz"
    "EKH0dfH416eMQYlU6OlNT2I2QIg9zIKRIh6xGJUjVgk0KAa4Cr0HcWX5WHc4BYFuM3rkfM"
    "G+df5F5CfcY/CjszosA10PVOLZM47Crqb2BA/wgnU/g0OtM8fLdRFlNzjOPA/3rCJBKnJ9"
    "enJ7++Him3iAYg/iPWlaboprZGNbxiPk/x7Osd9uZGYmKLN+6Bm3qyaZt9ZR/Y6SfYwTcS"
    "IPGXiO8OjZk1W07cr8QZqSydzctxobHDm3ErJWy3zeAZnaApwR7xkJR5iVx+iiKTUXT99u"
    "TRwdExMimijM+j+eNRahyqyipMKDCb9mk2iVEzlpgus+CeLrGXYzwlpHYyoXoGs42/GxZx"
    "btiS//P4WQGmoRZ//CytxAdvDuSrpJ5Bvq9Mrg/uoLcnJTXU24erp8tHKXXylq+MXcyzpG"
    "QDwzwcQ3lwozzjluZuRnhSUsPFPFAjPFgsxaPuOoxrUdVMxaTQTqZizxZy0xY4t0YWi2qg"
    "xkUA0q3Gt4SrAbvwWvTzjthTMlyKfKtlGJ9b263uYHk3xmucRv3pCW9yP+yT3c2NHTZZiu"
    "NrpDC8Y2/HRZb3jLczWNSwUV8jGMp7NJTpevqFqJZ6vpUcE2nGRN73OZUwkg+ePClhJfNW"
    "uWayfPcDVOufXrVmLsOWwTD9ygd07SjGPnf7Uol255F50uvNLK6n2Ctxzs53AzlPHIBOA4"
    "0ty4jQclxmcjnFcfzKdS2CHTXc+Z2kAJ/yXtpCfPOkWzLo1eXleWLXenWWDkj58O7V66sH"
    "T+V2xRuZvvqYHQs5V0VYiWETSrnWV83KzBMHi1PlRrfFX+IZ5JZ498Yc3yuCgwr86UppAL"
    "oAaKGKVd3G1cIAcwHMlBvlu+OclIbTMhdmh3xnOzlNsvKduE66NGwHoueX85xIlsvAM7ko"
    "KlLpKlkIvlIsq4Xp2dWwjUkAogpEv7jTaoBGAnC8bnVQiNnXAIX+JuhmYHO1LHUeW6MlHB"
    "OJzbIx/8RJ1J+mKCtPme148/XeAMi/+70Ma3Moi2y0JSbg5D+PLj6cnxf5fZI2vcK0fBWI"
    "vfnXFbFwGLxaNJMnvCONpnFiMgZ8RU2c3vm96AqST6vNJAg1kbqIdaXP+v3Rqrc1cZyoHK"
    "7p86bA55o568DtOijVcFzgdpX/n4E13+catgeHKzhcweGax8MAQwAmbQ9Mgq0mbSmTQEZb"
    "1TUKEvFdmsCtClVsxHgqH6Y4TKh8hTK4gtkIYvpdWE262gm2Dct0GrLNeW+l44wHidcXd1"
    "oTqXJU0SDB2Z9lPhi42jfNwy0+1zSPnQFbTfNYmHyZy8gr4lHXQe4CYeT3gALj/iW6M9mS"
    "P15hSu9cb44oYWPxb9dj2EJrSjz0wHMtgk7Pz15fTB6qLiw33j+QBkAa9GbT6IA0IDY2rS"
    "oAbwTaQnh/d8UPjspcFuet8gE+ylwXD7efyhfzM4I6pDdLA35UCvCjAsCPgAYDGgzCkSAc"
    "aTiIAtkI8TMDQLlC/EwpclckGqpJAiSSZg1L8+lluMcQMTKdW5PVhei9JAHOZFcaLeEO2K"
    "Q3eMa/7JphtvbPNSWllGg1LsErLaSAQSOJEuyS3xoxYq/4gBNBA7ElQeJ4+AXdLTGLWCEb"
    "3yNKiM8UfXGnf6No5blCAaUqXqnBnoFRAkapNxtHB4xS/MsyMOcncU+JdYf2aNTuJq20rt"
    "tI5c4talONeu6eERcB8wwMXjB4+6HHjduIrunKUz1Eo0LcaAiVvfogTYKeNAWLL8YbYgg6"
    "1m7Cs3/N9DJW27fBwhCkXPMrFqO01fKKJfSHYPtBHavjAiuHmcyqZOZsBMDOKWfnRFRFWY"
    "gjiQ6tm1+vTt5M2jJxkjA/PS6B8tO0kzACWbxK5WCazQithHEkoeE8bh5gj8zMlTgGKlUA"
    "S0rVKgK226T+x2LtzASWaLo2LWY69LH4vX/uwZRvpTYYxDDkrwh9YxhkjqHqQx4Tg2IDfU"
    "6ZQ9dT22S7reu0LIx0n0d6Jtgqy9ptB0/Jwkj3eaQhXWJHTDykS+wWZkiX2AnMkC7x5zgn"
    "ID65i2UVWr/T+4oIp+XgaABfePuIQi7K2nBCaAHE0g8AZchFubdclGr9oAFYf4oiehnNqE"
    "bGT+zQO+LVvQIiO9Foq+hJwoyBzM8EWjJwpT5SfwTd6DqpGsjmEwQUnfOedEVpYVp1Q/8+"
    "rCwXz8n8jWkN0bW6x4g2/6bQ6RI70ibICWtLtBqXiG3zI26MWSSx9VbRpUMQF/Xu4xd6/O"
    "4e+ZeU0NKkzPXuxUUgd8z/hzhjtHTvxmhKFlyJQNiZI7xgxMveLGq8d4i761fcXXUqV9tI"
    "DZ3oW+quvVmleMpIAgLRSgSi+ZtbFuD8ILRIovsAtP2smlZCzeRRUgX3jQDAXgf2GT/kq5"
    "G/cRGgf/fPpvdtCrdMp3fJRfYN2ppkpJLblcsZaMhywMb3vsoMZPvmqyxBlGu2hgWKtpqr"
    "LGwI97CGtGmOC+xBuIfV9j0sSHvQQhxNWLJewYcWlbtPyEGF+woV7jfI7RIxnpKFiPE+U0"
    "nRaKm80PkHQ1pOw3TArVTFisFm+HrWrptasofdtreeDUBHmxtcZ/wJrzP61ZyqUTIJGVDN"
    "trMybFPpqm4kno5ls8YpGiExvXbPpARROvuPGIhVlsonXhLVp7bTL6L0lR21L5eBdLFAvg"
    "zClPIlR+aIuZlyNH8TyUSxnZNrtHofCp7noyI8V/Y9+gsooD1SQHD1pwvKQs70auDGRQDT"
    "7boGRP93G/3vb971Ya7mIRoqyPHVXFW1a1NdeX1LHGWqPv9FoWJCNk1KxS2KwEGuOkipx+"
    "gzJd8+I9MRNjQllGsRnkupzGM+JyvLvbeJKJM3c23bZMj15lz9WLiW5d5RZDJ17GKjv/DJ"
    "+eRMeFvPXTMR+ejvzBQ9EHeSxqHWMxZRkmPkq+5jFKQrFP8RJKF6iPhII7qebvCgnxwRJe"
    "nxb8D3FC1Mi/FflvUAxbdRPg7ITxSGVvzPEeq3+Hr/y3n3nkko/7rPwbq9NanJB+QzesC/"
    "xP/b6UPeC+/6binVLykYywe/JNjzc8ab1Bf4RTYR8ib/uqBH5Ii4TtfjYKA7/vPhY8z4E/"
    "ltt6a7DnpAD6hQCZfmnCNG8GxJaOxnx2i6Zp8cbpksBZR4yjH1A0xF547IL8G/+O7hY3TG"
    "O6d8fGa8ozly+c7hR5nKzvxf4u85umK85iWDTD9ubtsxd2XOpOpJvo14q4/Rk8g7vnmHma"
    "+cKrVR0SprXJk3+Qe6L6CNSvr3g4PDw+cHTw6PXxw9e/786MWTzYmefVV0tL86+02c7uM4"
    "EwSxrD+pA2KzHku7pEMBDV3SzUey9sPc6xlRNPRYP83h3A9VrzmogaZaDdWkEMCqgjXQ+4"
    "0dKB+1MMCs8NkmbJ+qLvOMMAQDVfCXr/C9uEiaBT3/VkZMBO5l1LiXAUmOICtPD8jMGgV/"
    "Wucy33trh7zDnjLiPdVivJXdNFaisWGHrbcSnW/dO/7KQx6HxJE54JdYcGVr6TXdcFiSqf"
    "yFt6JrWzJi4toawoiSb2hKLG4bpwassY4/OZ99IYOryO76ZmlImlTygviWIItvQQGLOEbU"
    "TXCHa/7KI2InRyafIlzBhlvePXTpZse3GlGpltcmTWonvGVmNKrTlQlBiJruG2mZ0SL2c+"
    "hJVUNx1IUqSP4BF+o6cJ9Lm50fqge3XFVryfcF2y9gL9RkoYoZphPE3RvExqalCrksYiNK"
    "9wkkBQT1Q1B/nXM47VKoGR2tZVB6gbewLlyaxtOlLnQ5jOtSjUB16velK1R++ru6WQ19qN"
    "7I7HTXmxKWOuKVrIjbCGyxSrw6IubTWPWA2sRB6ghQV0XXhwrOfqquDxKt/d06GyRc7ppN"
    "3e/1cLqUfbzj9uFg2b9ikFbmilimU3f1vQ+60XUuhVE5DW1WgVKg+4aVc3+lClJ6Xl1JoL"
    "QOkoYbkIB8L9eJhX6lYPcDtSuf3A/yIbbK7UfXKrA3W5q3fmIlPxxA8mf5lyeA/Qf2f3Ds"
    "f3yWVyD442LA4Vfg8GM7SQbxYg4/KQm+8775zsFTU25P08tTkxj1xa7B2wsI3N7VJ7owBK"
    "dVVU1IiUFmv3KZ/RZG/OMyeE/I97xrdhlJHSAv2rte/zlJTPFMqPxm6zq/vPgtbJ6On8/g"
    "v17Ndz1Z0sKgQvRahViEtbSq3WdNicFFq9yLVpAeCoqXDwrR0HVQDdWUFCCrTmV2UxHWuA"
    "hgCrfQoDb8cFDeMTvcKuZzrYm0hu7bNMipc6dU8r2bJrC9DvvRFNj4yZNA9YobHVdnp5OR"
    "2pBobIOoGJjYM2ui9CaRsqRyoO5nZPZAMO9PLOgQAQvqVjcBVLrOtyZbZ9LV6Sf6JgY/lb"
    "7WD348CbrTCa6Woz42kKmjP+KIFkaBGDjestFwkI9hlAnkcd9/8AfUl22c5oCM7VCzd9+a"
    "dZWavZCRvQqyfc3IHr8roj7745HZxWc/i7fcmrvovUcoYRQtXA855E6k56Yv0efAstvkGR"
    "ffi2yCHYocV6QB50JBiqBHC2nuIl8km6S9lV+AJBT90kQgDLXlJBSJ1aKwzQqzTWSEoVJk"
    "6QCqALwd43rU0hDbUz22B9zlLVg7lcNnIHYGvLp79uqCs2Y3w6eGp6ZN0+ednwVrpDB7wl"
    "fjIpPHjjWCpHZD2jbHBfYEFPrRMmj3K8ewipkYtu/OTNwor+0bis0X+uHYL12v8mWPlBjY"
    "5OVs8oXn2kHGxooGeUoSLjRVsMen7lzh0c+3wMP2Wszqro3uYGcIEtxVMxWVsmAyZmd0AN"
    "QOzkeFJADcl1pifds7WmY62Cb0rq5ZrmOG1XHKHk9Mr+2cR3yhd+7s7dnuUBZixeaYAJp/"
    "B7r4cH6uRHoWpWFthGUqn9Z12GgnT/scvPdDNCUyDCrYpnQGwnzKyUm3bDfh0qZCoPgtuS"
    "9CjiUgo/pngAAZNaCBTPIjhwcl6JHDg1x2RLxK10RVKYOFrEgoAnRIBTqEHzu7MH4JKQ0n"
    "dDu54CRqJt2N9FNIdzjThx+Hs7ZtrLrMUxB8E4loMcU7T6cDeUA6YKcgsKm9euw7VmIHbA"
    "uw9fOOV0Q2LgQUtYKixvRrRYI6kgBA+8L5awgqBDd2GdyY4PrgSlcJeNOnNqQF6ltaoP14"
    "Bnu2Fdd3DKr9VUINaGwKT4LONIU20phKAOtFqVEawVa7VCvZjTiu5PfK9RcrmqVw/CVLau"
    "W7/fzyXYYdNtx6t/bEQeSRaI7uPJMx4iDTQWxJEOUfwDHEDuXyvDHCFJmMohleU4KwM0eU"
    "zxiEF4x4aObatsmy92ob7x1i4PvldmRuFUrfb60Fz5mi8o+elaHyj57lU/niXZpNnn4hqv"
    "iOfIBjIhqifFjKYXJY4DA5zDpMIFa3S7YeaqrkTnV9a6pQaZFVHvKYGJQ56HOQCmYin4sq"
    "22N+VHhMpDsfxpNea1kRoBbmNgrxPNercjIlpSB/Q/XjyeHYGsHU3GHDUoh3snF1aVDotG"
    "9179Xu2frSyvfSM2wbc73sh47aJLdXkFHxxPf5VFQ80z5kPRjUmh4XMD6QRa3lLGpLfogF"
    "Xiw/p2CYwp6jN+PrWpX1ujCzWqkOOwzzDFfDYMM8gcXIXyD6shgQA6mVutg3cDvQFxMZru"
    "sXT9AI5OQJLGrz1IRHt/pFrVaVeO96DFtnzq2pTi2deD8utDlkS8OMmm53gCPKAbHIo7V4"
    "S76vTAEQEvVFEFtihiyRGBqj4NYwEimfMVphSu9cb65wedfvD0yefpk8zP1KHGOJ6bKK4Z"
    "OUasb82S/MCePnuIzH+zjf4X2c8XfLtULoDmp1UlJDtXoganQp1pXvi7uYTjEx8Ab2eXzB"
    "Os7fQfW1jndKv9ZA3rXeDXG7NvL+cv70DejSFwLys/3s2cXyhwhFzkn0s3k3LjJ3vsVbgY"
    "tlSGt8XGBv8K3ZVBfxyIU2LgL7qIKzh0Q6LeZ0XnmuvVIcSvmxSpGEFgB3Hagk7rFwi7d6"
    "9qJIDDIYVfD4ufK7FJzw79eXF2qsYyJpS8acMfRfZJmlblrthPjoH4u141+sma5Ni5kOfS"
    "x+75+j7odBQFS8ANJzfZy0TkQHqgWwjxQPfdt4WjY39nfBsG9AN3DDsJKHDjv0jng1vVAn"
    "shON0E455K26broPK8vFczJ/w7vSCaY2zdYrjs+5aZvsrclGCtM18X5cZL4KpA1LNDWWQd"
    "ut7rpLh/BXfLjmKIi0Rg9EHflHpjNGd567cbUJ78vDl0imAeCNV8RDX8k9cm/5f4gbqCJa"
    "Htmms2Yk68Rr5Vc+OZ/4hsm7Cu7ACvtviilB1PU9g4RL3SNKPCHNNeQZoZT/k9Doyqz8IX"
    "AS9tBo58Neyb4krd4i3J9fsJVLmpDdWFcfQkb53A8XGyim53xTV55psdfFR1qg/llhyxLx"
    "J2xpevzowB67/5vY72ceYeHxglx+EgWdvuT/sO7lWSDPHd74+u3Jo4OjY2RyOcZVcmU8Su"
    "P9w9HTr6MH4lMgPqUXhkjfD6FS8QseueUrY5f4haQkRKn0eZQhSuVn0TCBNm5HIwHauDe0"
    "cQeW0YTYKwur4/PTTcZlLCQWbw2xK0Na+eMCWwSuB7d7PZiZzKoE8EYAEC6HcBhUV8nbnx"
    "ACf3/j/n64fAuXb3ugpjVy+bbL+6X9ZBC6dVjHawwotNdUCYJ8zdWv0mtHLUFrHdLmB1rr"
    "/nQqEiYkLwvwRkA7v0QrqaI9t5pRELbXcP62EN0e3M2v7GHLCGoI98HRUanpfFQwnY/SiA"
    "M5n4++vuQ82Hhg4+li48ngirrR22u2nIh+NLLzFDXOAodATbA0LWD0I5WYSqRtnC2xU5tA"
    "8PG6lj2eyg41BY0RbMtwvEYAm/DetCtXmMDrizttAq7f3ekJFSHzZIhaVimkbEJpfSbvnd"
    "+LpqvPcZm5MGc4x6FSBaiLWFc6TamWqU+pUqpIz5stjnq6aVIihjlM9o2k1Ev0WWj6thwr"
    "49akJu/zs/w4ZBPsBBdaRFPEbWPkuMg/21AkpopkbulXgI0FNrY3+0QHbCzkF2k+v4hkNv"
    "D8NjSdU+dcUVaGtChkZqiQmSF7AuyAfraD3cagnxpadyMQ/87MKOQng8nvAYpYVc8NE0Mz"
    "IAwqKSl54lDvKDv1Q320GsIpKThOFcimo4R3i9hPScMU3uoiiBdtqukmiFeJGthsLusqSK"
    "1ktbugcG9uAGefmHwjK/tcbzod1qwuC3je4ZRA/ur19eTq7HQyKtxRGkBece9BT9hz9tME"
    "6vxb0MWH83MoQNI7FjCR5UhBBqazIOVzguugpbEIm0IM5JBO/nEB6yaGtCrzFpfRkX1rJb"
    "jJdZjwe0ugKmCdlgO8y+FNzf9TcULmTe6OEUroZJn9/eDg8PD5wZPD4xdHz54/P3rxZLN/"
    "ZF8VbSSvzn4Te0kC/6z9Rpf44Oi4yvSOJDSc2M0nIxHpePhpb1TdsdNy2sVXNw81RKPmQw"
    "/RqBCNWpbTC+/IVkM1JQXIFrClkNakVXIU4qcbiZ9WzNzGaFDIFJNGOF4jqCbE8aJEmqKb"
    "Om36lIjnhHjmbDlS8HfBm3ERc4ejNkDZDek8GhdQdrfEo8qlnW//xUQ0tLNbIZDEoqqAcN"
    "BcQ3SflgpGfFoQjPg0G4wY0JpZhPOT7cREuk+1s59IocaS6mTU2y4Psx//DzAezRo="
)
