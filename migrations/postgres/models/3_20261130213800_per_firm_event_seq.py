"""Events are numbered per firm (issue 11): the old deployment-wide seq column becomes the
row id, a new per-firm `seq` starts as a copy of it (so every seq a client already holds
stays a valid `after`), each firm's counter starts above every seq ever given out (the old sequence's
high-water mark), and the prune mark
becomes one row per firm carrying the old deployment-wide mark. Written by hand: aerich's
statements added a NOT NULL column without a value, left the old indexes on the renamed
column, and could not turn the mark into per-firm rows."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """        ALTER TABLE "event" RENAME COLUMN "seq" TO "id";
        ALTER TABLE "event" ADD "seq" BIGINT NOT NULL DEFAULT 0;
        UPDATE "event" SET "seq" = "id";
        ALTER TABLE "event" ALTER COLUMN "seq" DROP DEFAULT;
        DROP INDEX IF EXISTS "idx_event_firm_id_ffd97f";
        DROP INDEX IF EXISTS "idx_event_topic_893bf9";
        CREATE INDEX "idx_event_firm_id_ffd97f" ON "event" ("firm_id", "topic", "seq");
        CREATE INDEX "idx_event_topic_893bf9" ON "event" ("topic", "job_id", "seq");
        ALTER TABLE "event" ADD CONSTRAINT "uid_event_firm_id_ad7754" UNIQUE ("firm_id", "seq");
        COMMENT ON TABLE "event" IS 'One stored event.';
        CREATE TABLE "event_counter" (
    "firm_id" INT NOT NULL PRIMARY KEY,
    "last_seq" BIGINT NOT NULL
);
        COMMENT ON TABLE "event_counter" IS 'The last `Event.seq` given out in a firm.';
        CREATE TABLE "event_prune_mark_per_firm" (
    "firm_id" INT NOT NULL PRIMARY KEY,
    "pruned_through_seq" BIGINT NOT NULL,
    "pruned_at" TIMESTAMPTZ
);
        INSERT INTO "event_prune_mark_per_firm" ("firm_id", "pruned_through_seq", "pruned_at")
            SELECT "firm"."id", "mark"."pruned_through_seq", "mark"."pruned_at"
            FROM "firm" CROSS JOIN "event_prune_mark" AS "mark" WHERE "mark"."id" = 1;
        INSERT INTO "event_counter" ("firm_id", "last_seq")
            SELECT "id", GREATEST(
                COALESCE((SELECT CASE WHEN "is_called" THEN "last_value" ELSE 0 END FROM "event_seq_seq"), 0),
                COALESCE((SELECT "pruned_through_seq" FROM "event_prune_mark" WHERE "id" = 1), 0)
            ) FROM "firm";
        DROP TABLE "event_prune_mark";
        ALTER TABLE "event_prune_mark_per_firm" RENAME TO "event_prune_mark";
        ALTER TABLE "event_prune_mark" RENAME CONSTRAINT "event_prune_mark_per_firm_pkey" TO "event_prune_mark_pkey";
        COMMENT ON TABLE "event_prune_mark" IS 'How far retention has pruned a firm''s events.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """        ALTER TABLE "event" DROP CONSTRAINT IF EXISTS "uid_event_firm_id_ad7754";
        DROP INDEX IF EXISTS "idx_event_firm_id_ffd97f";
        DROP INDEX IF EXISTS "idx_event_topic_893bf9";
        ALTER TABLE "event" DROP COLUMN "seq";
        ALTER TABLE "event" RENAME COLUMN "id" TO "seq";
        CREATE INDEX "idx_event_firm_id_ffd97f" ON "event" ("firm_id", "topic", "seq");
        CREATE INDEX "idx_event_topic_893bf9" ON "event" ("topic", "job_id", "seq");
        DROP TABLE IF EXISTS "event_counter";
        CREATE TABLE "event_prune_mark_global" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "pruned_through_seq" BIGINT NOT NULL,
    "pruned_at" TIMESTAMPTZ
);
        INSERT INTO "event_prune_mark_global" ("id", "pruned_through_seq", "pruned_at")
            SELECT 1, MAX("pruned_through_seq"), MAX("pruned_at") FROM "event_prune_mark"
            HAVING COUNT(*) > 0;
        DROP TABLE "event_prune_mark";
        ALTER TABLE "event_prune_mark_global" RENAME TO "event_prune_mark";"""


MODELS_STATE = (
    "eJztXW1z27ay/isYfakzl/EkdpzkpGfOjOPYrVPHTm3ltnPiMzQkQRZjvqgEZMX3tP/9Ai"
    "ApvoEUIZEUieJLG4tYiHoALHafXSz+O3C8CbLx/rGLl8gfvAP/HbjQQfQfmScGGMD5PP6c"
    "fUDgyOZNYdxmhIkPx4R+OoU2RvSjCcJj35oTy3Ppp+7CttmH3pg2tNz7+KOFa/2xQCbx7h"
    "GZ8Xf5+nVAP8Fc8j//oU0sd4K+I8wesT/nD+bUQvYk9drWhL0H/9wkT3P+2blLznhD9s0j"
    "c+zZC8eNG8+fyMxzV60tl7BP75GLfEgQ6574C/ZT2JuGvzn6dcFbx02CV0zITNAULmyS+O"
    "kjM/5sYJqXV0Pz5nRomgMJsMaey4Cmr4r5r79nr/D84OWrN6/eHr5+9ZY24a+5+uTNX8FX"
    "x8AEghyey+HgL/4cEhi04BjHoBL0neRhHdJPxbhG7TPI0lfOIhvhmIA2BG6FbNQkhjaeWi"
    "1gWwLc8PT3IevZwfgPm31w+b/H1yc/H1/vfTr+/Rl/8hQ+ubi6/Clq7tEVEiycy5OLq/cc"
    "+xjr8cyzxgjn4f54c3UphjshkkF8Yo0J+BPYFs7N6V4jz7AoRz4LMsPGw+Te573wDrLIL+"
    "YTho0JBXP9A31CLAeJByAtmR2DUHQ/+keFkciplx0PxcBHcHLl2k/hLClbFOefTm+Gx58+"
    "p8bnw/HwlD05SK2K6NO915kxW3UCfjsf/gzYn+DfV5en2WFctRv+e8DeCS6IZ7re0oSTJE"
    "bRx/Hbx6MebTGm1M6RkVq/hfRhkGvZRWJkfcRRkgM2LaRxDXFl9s70Qbg5h4jlMT7zfGTd"
    "u7+gJw71OX0p6I6RANfQ1juxLeSS67i/ngH9VzSZok/jPc2Hy5WxmJljFAf66xHhSJwc35"
    "wcfzgdCFVEDRD/muhKUXQzqlEML5vPIzh+WEJ/YqYmNnviHXiZT1Zt84+cAyf7CXThPQeI"
    "/RL23pEzsyCzofeA3IHI01k9NEqdHdqMeilRu3UOz+AYjBD0kQ+4zI/Ao7sosAgGNz8fPz"
    "84eg0sDDCh82iyP8iMg6yswIXSbtMu3SY2auYM4lke3JMZ9Aucp5TURi5Ux2B24HfTRu49"
    "mdE/X78qwTSy4l+/yhrx4ZMD/ihtZ6Dvc4vagxvY7WlJBe32/trp/KOMOflIV8Ym7llaso"
    "Zh7o+j3LtRHlNPczMnPC2p4GLuqRMeLpbyUfdcQq0oOVcxLbSRq9ixhVy3B069kelUDtSk"
    "iIZ0rfPN4arBL7xh/XxCzgj1lyJf6xkm59Z6rztc3rXxGidxf2rCm9aHXfK7qbNDhjO2fQ"
    "0EjnfiqVHmeY9pO5PEDWuNNWpHeYeOMl6MviHRUi/2khMi9bjIu96nUk7ywYsXFbxk2qrQ"
    "TebP/tKm9d/etCYegbZJIH6gA7pwBWNfqL5Eou1FZF50Wpkl7RRnzvbZyWYgF4lroLNAQ9"
    "s2Y7Rcj1hUTrAdv/c8G0FXDHdxJxnAR7SXphBffdIuGfT+6uoipbXen2cTUr58en96vfeS"
    "qyvayArMx/xY8LnK0kpMB2FMrT45L7NIXHucojC6w36Jb6JH5D+ZE/gkSA4qiacLpTXQJU"
    "AzU0xWjYuFNcwlMGPqlG+Oc1pa75aFMLvoO9koaJKXbyV00qZj2xM7v1rkhLNcJhzzRSFJ"
    "pYtkdfKVYFlNLd+RwzYhoREVIPrNG8kBGgvo7XVtgILNvhoo9LOwm57N1arUeWKNVghMpJ"
    "RlbfGJ47g/RVEW7jLr8abrvQaQPwa99Es5VEU2VokpOOnXg8svFxdlcZ/cvA44kTFk7yrw"
    "NN+HvZz9co1sGOWylk3sy0SH6gxBjg6pBash7UghDZACKaR6tsTpU9CLqiDVuPoUXXeNBq"
    "pTO7EoVp3dqkvC1TkzQUese2VVGyURa/7/HKzF4eqovY5V61i1jlUXUViaXNFsQAe8qbVs"
    "QBVvKkhU29YpSKXGKQK3KMuzFuepeoZnP6Hqhn/eZ+zCk7+1wKbeOek0pYGgY9qWWxOvQX"
    "urnN7eS7y+eaMtkarGUPYSnN2xGr2Bq3laI9oeC2mNxP65ltZInM6ocgZ+jnzsucCbAgiC"
    "HkBIjPwIlhaZ0Y/nEOOl508ARsRgf3s+gTZYYOSDPd+zETi5OD+9HD4TnZOvvX9NuGjCpT"
    "NKowXCBTnQsmUAXgk0hfDuShQcHFWpUUBbFQN8lKtSEKkf6XoQOUEVquplAT+qBPhRCeBH"
    "mkLUFKLOgtNZcP1BVBO1Om2rByhLpG1VIsZZfastSYBUrbZ+WT5t8yV/H4637fyiPk4sy3"
    "20yLYQfebMyTnvSqXJ1DwFdwbH9M1uCCSLwBgQ8nCpVkYFMm7KBUwcS1Sg5ILWgCBnTgcc"
    "Me6MzBBge+o7sJxBElNpDnwCGKGAXvvmjX7AYO57zGrHIjKuxp41DadpuM4ojhZouOSb5W"
    "AuvnAhI9Ye2oNBs0paSEk0ce3C3MOWGPVCnZEU0T6tZgk0S9ANO85oIp2rrfB+H50Kdvoo"
    "Mva2B2kY9qQoWHQx3iOTcdhOHe79DVHLWW3eB0tRIYU+WJYwWeuDuVmBKlkRcQoCdXy8pQ"
    "ssd+R9fwc8FwHfW7K0BuCjsTXnzlKYcwH2HuioYXB5+psZpCyYw+ObX24MUV5Evd9w6yY+"
    "uj799cvpzdAAZ+fXn8xPpzc3xz+dGuDj1XvzZng8/HJjUqPs8qfTD8/2wS9oTr2+OfQJmP"
    "qeA3gpUPYCGGAPuN6tS6el/wTG0AWsUg1wrO/caSRLD8DFhL7dGFV1Cb8OVr+ICfD02f9o"
    "P7FNP1E+6KpssLUnwdUIk9LoKlMLMu5/1F5B9//woIL3f3hQ6PyzR9mKPVC2ml0komvXSd"
    "Suoxuc55uyTFZaSsEJ3QifFaBmYTOwkiSnt0Baz3SJmY4XjgP9JxkmMSGixBxvm0fU+Uea"
    "WewjoroKV61wrhxQ2dtP02J6qnboXlnFpyyvySxfxVkDWggoP7gtCWlSRoOqI2Dt58mmuN"
    "NaUmTVO5efBTi7b+ts5C5kI+eVcR04y5Tk6JgyropxahcqqCiZNR1qm8IVSyD2FdrYZqoA"
    "rB/XmKgF2+o1K3oKb9rMr4CwLi7bZHHZ5qP50YwuDOQnpvzaGH5iuelajb1yEYySWDSxiC"
    "0V6lkJKMGAtxDliQ8eVIU4lmgxV/nD9fHZcNAKzC9fV0D5ZTaUH4PMHmUjaWOEpTCOJRSc"
    "x/UDvPLhBCB/vLm6XMPYioCeWGMC/gTsorPGJvU/pwt3zLAEo4VlE8vF++z7/tXUPC+Bna"
    "FUHlDLxs6MdIoK6yAXUNNlHApXhLplHPjtXvJDnhBr5a6qzoSyOzS8lRLJ8GLkWGSzdZ2V"
    "1SPd5ZEeM8/ZtjfT4BlZPdJdHml9UWlrAXB9UWmbMOuLSluBWV9U+vfYJ1hRaTNEX+7EtU"
    "BSr6fseuIgoe9ziw7ZBstJIK7Nri4vJ51x3Maqisik0ZMkwlk5bWnpdO7mEdXp3FvDqbMO"
    "28w61Plw+lLljiG7Nu9FbB/UAOsNq45Q+bqcnsKbs4y2uLoauniJ/G2LyvJOFFIVIgW768"
    "qyPZmsKej0ncwyaPEUuu2R+jXsRtX1OLXsbYtlfZnbHpygyZll9zF9YYc1oILauicz6HJH"
    "oSB1NNXKqJA/GmS1meNYYm0RqCsXASrqPyVL4AbdPQ/K+oKZhYnnP7HSuZ5B/4NcA8y8pQ"
    "FGaEotCwDdCYBTgvx8Ld7ae69SfCm2myxdd0nXXdIcbw3pMt7CH0vlMMcSOvmzQvJnoOzy"
    "ABcnfsYS7Sd97mbVNJLeybcWGdxXAhr2bWAPKivJbMFJEc0R755y79oUbphzb5Ow7Bq0Wz"
    "KWQgKYL2fNVVYDNqn7OngIkh+ZLnRjowPVa93X6Bi3PvvYK6VplPiD+uxj02cf9cUhDSTb"
    "eM6caVjZcrgpOV0pVKJS6Aq5TU5pZGR1umCXqaR4tESh6uKNISun4C3kTWwPSdg2K4Jc0M"
    "Nm6q1jA9CSctNHiP+GR4h3U36xcwPcLCuzm7JqXQO5cvGvwrpqUneR6VQencrT4+SLIYJO"
    "SBgWc1ZxG6MKc0Wbm07cvtr1x9MpCGQAxJhqKzQBxIvvJg5Tan9gNxlDp+CiY/k+BBTZV0"
    "H6M+87SJ/Q7NmO2DN9tKoNtofPdDlwkyIa0/Vmmj5d0e7pikB5bw+zXHCtryAnV7OsVdyk"
    "uXL6iPg752yU4EGpYYJWTSqlgLIcTGo6cClxGmeqxa17695h9McdfWU2OTC/K5M/wyzVk9"
    "3uyY5fvQMvDXBggEMD7O/vg6VFZsD1wD2cG8BywdhzHIsAz58g/9bdg7btjdn0Cu7oZF2y"
    "Tqjxcsd/8QlbA8i/A98WmET5oayVj8a0D5ZNSn+qi2FQjy7oHT+jb3tOgIXBkvp4oWGEAU"
    "ZBbumc2k2AjRc1oMAdz+652wd31uSO/gr7KXg5HFwVSn8Z+7rlzLPpFzOo6VtbvG9q2Kd+"
    "DrW8fI/2zH4A5l/k8ntFbQQfUQAXRj795BkHc8h+hbcg7DcE2wwGe0zWiEw4g2XPGiBw4Q"
    "wQloo14stTn9G+CcCL0Wpw8a3LvthHcxs+sVex6Y8LBoF/P51UICjSCOZ0bJkvQV8NBm/H"
    "7kO1EKZvdxcqoUcLW/Qn34E9+ibhYD+jvTwxZLktyQVDy9OBT2CGoB+ARhHiAu94EyZv0b"
    "cLe6TgLQ0KG6DgLenXRx/T0aLjx97t0fIWYQ9gDzP7dmZN2LjD8SxEM/haA4wW5NalozFj"
    "UMIRxTRIPGadB0OA4fLZPgimxISiN6ETzqNqMMg+jmcyH1Y+vdGk2HJOnDKkCyJnMKcaEG"
    "9ujVctDfA1/iROnVg9g0Qye/m9df93Mbn/cXBwePjm4MXh67dHr968OXr7YmWx5B+VmS7v"
    "z39i1ouRJAnXG+ZsjKTgDwVUshVbGQKdWa54OFCXXqj92qdoS6mcchMJKJhyU3+mfjc4mY"
    "6xuX3PZVYcTn0TXCN1A/U1kI3AGl1ltgEvKxbWMAtyUlI+vcCZKU0JygnrZEeJfKA5fGIH"
    "5/OgF586S4joc2eS585ycYkdsrkhhTkoInWj58Zabjco6Vs13sz4RRtiEjKp+5y7vbfovw"
    "FjyCwXQE5V7oOAiVwy8msxn3A2do+xiNgDtjd+QJNnAS86egIwRxQ38zW3bpLWJYzFDRhf"
    "nKCc+cchY4o5b8hfhJVEQA5j80K+OCBp37FeQ3J56dOV6mPGeC4QmCHaiLbkPGDgR/DiBS"
    "59e4x8YgCPU52c2P1hJczenVcOL3nZiJUMaMiJV7GiQSEH2AHfuQtcYGPhdzaBTGmqLyml"
    "THXgFsi+Lqnpz/7CRZ+gLzzVlmlRQVXPWWPTiVqv1dY/U8U4hT5VHISKMz0ygywOsmDpPT"
    "AKigW67x1thRcOj3aw4BV9Ticf1Xa2t8zp57o6vnXvAiGTuone4n5mck3PYz7wkepNug2H"
    "3RhMpSfjQix25yNmzTCNSqiTuQ+O+V7gTW9dpri9pQv2WECNiwXb3A/4Ge+JfW2sQ5eQtY"
    "+0dVqfa+3abe2an0ByelYsrzXuZuGVEE35KEtKUB+96lqspSO7Ki81LNhLoxLExTtoVOtY"
    "HwpXRvPz/+dgLQ5QRe0VjE81cx3ujOoFB2FM1yLLfmO2nmm54eE9EznQskWHD8oov8p9ai"
    "ZQnwzUJwO32Yezcbttz1apeLKtJCRfy1E09TLLM6fCXUJtqVqgOgn6UhWqoKbutqWSA6jO"
    "eMnbm9Xd8yri1ZHDoX3GLkwSqAW266AvVRH75o22hEmtiny5LCqCnLnN8vq3RmkY9qQqWr"
    "s7mt1LuLwFGXnft8PpivfxibqOvSUGy0GaW3NkW+62q+9z2I2qcynKiqtJWYV7nuoKq+CQ"
    "pwxSap7vTKG0CC8pMfWFJzupucHsKwHxH5pdxbx/WG+5Udr/axxd8Mcz6zEo3Bic/+XUmr"
    "49RAcGWgO3+cBAcpZLcP9JMU3vS9D7CU2SQ7yc3k9L6rB618LqOohTTaepFcRJjfp008MT"
    "U31wYtNw6dRknJasmZAR05WDq1UOnprJl8vhPUTfi4655iRVgLxMd53+PkxN8dxRlZXqur"
    "i6/Clqnj2/ksM/PBmxyc6SFdYmRKdNiGl0d6fcefKMmD7oWHjQUddQbBTlDiTLK4ZoFDqQ"
    "QzUjpZEV1/u8l4Q1KaIxXV/vM6JV0/BKl5+MssN7Bm4Rz25k6k4mVOD6kp66hGq7JVTniZ"
    "jrlkgrGL7NgpzZdypVqL2vA9ubqB9FgU3uPClUr6nTcX1+MhyIHYnaFIRkzmLHvInKSiLj"
    "SRVA3c2k7Z5g3sU00R5Dt5ss0T4CNrNY8WrBbXPyQAV6kK5OV6ldJx0lDi4SQSbd0B+2zx"
    "s9DrtTCa6GE2ZWkIkTZ5KIlibQmDDZstZMmq9Rgo6+J2b3eTNtl8vs2jrVN8J0E9MShijU"
    "Hlu6KGod3jAyTkm8SvWNL7V71Z288SV5zEa89yeT2sv3fpJsubbk1GcfYRTWUnLRkt2YgX"
    "8Ed6FTvLr6g70vcBB0WTU7djMHFQorOz2fcqYABCL5S2Qa+QZd2qNblojO4G24tEdqtQh8"
    "s9IaHjlhfYl35dyzELwNU6LE0jotSj4tSmcaNODtSGce6bQjHRDfcUBcx7k2c3y2CHI16f"
    "p8CmqLDQRuT/TIKHN5nEQjXSqwT2rTKPEn9K1vSuY7P1AMZdzEqH17buLKeG3eUaz/jjKK"
    "/czzpc/JZMS0T17NJ2eXFYd1MCUd8oykPgsm4Y+PvIkgol/sgUftlZjVbTvdoWYIywbKuY"
    "pCWe0yCm64DYDaIPgokNQAd+UaxK7pjoaZDrLKWtzWLVexbq2R8cdT02s955Fc6K0Hezum"
    "HapCLFCOKaDpe4DLLxcXQqTHcXHbWlim6sVy+412ercvwHs3RFMqQ1jANmUziIspJzfbst"
    "laVavLTdl3cb2oy1NpMqp7Dogmo3o0kGl+5PCgAj1yeFDIjrBH2eucRcZgKSsSiWg6RIIO"
    "odvOJoxfSkrBCd1MGT2OmoU3I/0E0i3O9P7n4SwcB4oO85Qk38QiSkzx1isR6RIqLbBTOr"
    "GpbkRXDpMcrFkxja0Q26BkuySySSFNUQsoaogfJAnqWEID2hXOX0FQdXJjm8mNKa5PH+mq"
    "AG9219YVlbpWUWk3kcGOqeLtA4PieBUzA2qbwsOwM0WhjS2mCsD6cWmUWrBVrtRKXhEnjf"
    "zOhv4++2iKfMRGbE0QMNHSqBoONOdpobXnb3+b0dbAcxHggWrg8P0aLCFFn3/Mog7Am4Lk"
    "t7wD5+7I+/4/ANJn6Dm7gxvAOfRJ/vRtzf3fupce8L1leFKXzBAIJxzYwwiBOx9hz35EPt"
    "63WBf7H07Pjr9cDM3P16dnp9enlyenN3fPio7wfo2Ps/Ngi64ussuwp46PNRgf46tDMoKw"
    "ktFxg+pxA+SE10xKAL2S0UBLHZTWxXOaJVx0sRcZg7SrxV4St98KLND03bjFVmdwD68Zaa"
    "r1luaxG5lyS98iBLnAcrkBh+kLUACpPUflaWMAMbCodTiGC4y4CYip/wLglFDDcew5jiWw"
    "M2vvXZ/I7JY1SDwZWzBoraAleHD0qkpiydGr4sQS9iyb2zD6hkTZxsUAJ0QURPmwUvrOYU"
    "n6zmE+fUefHGszd0Rfjlg41dW9HBHz+ID0kCfE9H1lXU6ZhoRVFxTVHi8+o5gQac/He9Fp"
    "KysG1IaYmMj3PV9mZ0pL6Wpi8tuTS7E1w6m5gcISiLeiuNp0KFTSW+3nWHZsfSmVCdQxbG"
    "tLBNoNHbW6pUpARiVvsCqmopJXZukaXL1a00YJ46Nr+jZc03dGN7EwpyqocB3dRUXRG9N1"
    "LbqDpbTOb6UOW4xpRauhtzEtzWIULxB1WQx9Ikcpc7Fr4LZgL6buW9n+Ki+FQM6mLNyjLe"
    "FR7SLSRu84++z5BNrn7qMlvugk9dwo9Tl4S9OKm64PgANMAbHR8wV7ir7PLQYQYLfdATKD"
    "BNjsmhIIwho2gF1AAsEcYrz0/Ikg5L19f9rl6ZbLQ7wH5JoziGcyjk9aqh73Z7cwp5yf11"
    "Ui3q+LA96vc/FuvlYQ3sCsTksqaFb3xIyuxLpSvbiJ65QQ09HALo+v9o6LNai63vFGxYBr"
    "qALcuSFu1kfeXQXKrgFd+Xhqce3JHYdYfmUH4wrKTq6eGWXuzh/JVjrE0qc1bpT4G1Q1W+"
    "Ir5QqhTYpoPSrg7PWxtQZvGJn7njMXbErFuUqxhBIAt52oxE5VU49XvpZmLKbraUpE/Dz+"
    "XgJO+OPN1aUY64RI1pOxxgT8CWyr0rn/jRAf/HO6cIODNaOFZRPLxfvs+/41aH8YGETlCy"
    "A71420d8I6EC2AXRQc65riadjd2F25i64BXUO9C6kIHXTxEvlbRqGOeScKoZ0JyNvbhum+"
    "zG0PTtDkjHalEkxNuq3XFJ8Ly7HIzxYZCFzX1HOjzH1lSJs2a2rOwrZrw3VXLqKP6HBNQJ"
    "hpDfYw1UTPLdcAS99bhdpY9OXZj4AXpaKN58gHD+gJeI/0H+wEKsuWB47lLgjKB/Ea+ZZb"
    "95YqTNpVeAaW+X8jiBHAXhAZRFTqCWDkM2lqIY8RxvRPhOMjs/yLdJCwg047HXYp/xI1eo"
    "pwd3HBRg5p6rs2VI0h5IzP3XCxoWE6pKqe2gxIuK9lmpRvbaEZSJKtNUOrirLXSfDNJsET"
    "i9hSAK8ENMLVEI5CR1KcVkpIs1q1s1o6xVynmHeAw6olxbzNLOpuZnO1S8skq7cJrNdMcb"
    "diyzWoj+bELbXV2iflp63W3dlUBUVFiwEuqija/+zwRgqi+Z6cUxC1V3D+NpDDEZ5AkT7n"
    "kBNUEO6Do6NK0/moZDofZRHXidLF6KtFcmofT/t4Kvp4PPy5bY7CgsyGrB+F/DzBvVJhQG"
    "BLsBS9NCZ7/JoVJxnPoLs1gRDgdcN7POEdKgoaQdAxWUpCLYANaW/KFYJP4fXNG9UB10dv"
    "dIxZYgjqo5VVCSkHYbw9k/cp6EXR1Ze8JWlLoJJXTak6pQquxqoRufQlXapg2DB9zM1yEX"
    "F8vybZAa+aVKi2EZUFBFzqR3DHvCUnmAuPFrZon3f85RKXifGmYAYxcD0Q2AcgFhPV4Gjo"
    "WzSjrRntzuiJFhhtfRKx/pOInB2Ck8eIfpA4v5UV1We4JM5w5XeADdDPd7DZGHTTym1vBJ"
    "LvmRuF4mOjxT3ocvfyp0gTaIaki5SRUiSuK6Pnp35kj8ohnJHS26kA2Wym9WZHQjPSegqv"
    "DbMky7tvGWpJ1pPv2WyuGm7JrGRxyKVUN9eAc0DunvEa4DerTvs1q6sCXrQ5pZC/Pr0ZXp"
    "+fDAelGqUG5AVnR9SEvUCfplCn7wIuv1xc6FLFnWMBU+ehBWRg9rx0MSe4CFua06ipziPt"
    "085vlLBubEhlmbekjIrsWyMJYp5LWO4AB0oC66ycxrsa3tj6PxEnZN0XaoxIQiXP7B8HB4"
    "eHbw5eHL5+e/TqzZujty9W+iP/qEyRvD//iemSFP55/w3P4MHRa5npHUsoOLHrL6uNCW13"
    "j0xZjZ2VUy5HvX6odUZvMfQ6o1dn9Fbl9KJzxnKoZqQ0siVsqa6b1yg5qnPQa8lBF8zc2m"
    "hQXYowi3CymviWECfLlyuKbma36VJh+WPkW+PZQMDfhU+MMuYOxm00Zden/cgooewekY+F"
    "S7vY/0uIKOhnN0IgsUUlgXDYXEF0X1ZKRnxZkoz4Mp+MGNKaeYSLCxYlRNovV7SbTKHaCh"
    "PlzNs2N7O//h/1pjOJ"
)
