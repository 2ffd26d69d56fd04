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
    "eJztXW1z2za2/isYfakzl/Ekdpxk052dcRy7derYqa3cdjbeoSEJshjzRSUoK77b/vcLgK"
    "T4BlKERFIke760MYkDUg/Ag/N+/juwnAkx6f6xTZfEHbxD/x3Y2CLsH6k7Ghrg+Ty6zi94"
    "eGSKoTgaM6Kei8ceuzrFJiXs0oTQsWvMPcOx2VV7YZr8ojNmAw37Prq0sI0/FkT3nHvizc"
    "S7fP06YFeooPzPf9gQw56Q74TyW/zP+YM+NYg5Sby2MeHvIa7r3tNcXDu3vTMxkD95pI8d"
    "c2HZ0eD5kzdz7NVow/b41XtiExd7hE/vuQv+U/ibBr85/HX+W0dD/FeM0UzIFC9ML/bTR3"
    "p0baDrl1dD/eZ0qOsDBbDGjs2BZq9Kxa+/56/w/ODlqzev3h6+fvWWDRGvubry5i//0REw"
    "PqGA53I4+Evcxx72RwiMI1A98t3LwjpkV+W4huNTyLJXTiMb4hiDNgBuhWw4JII22loNYF"
    "sA3PD09yGf2aL0D5NfuPzf4+uTn4+v9z4d//5M3HkK7lxcXf4UDnfYF+J/OJcnF1fvBfYR"
    "1uOZY4wJzcL98ebqUg53jCSF+MQYe+hPZBo0s6c7jTzHohj5NMgcG4d6966YRUyQRn4xn3"
    "BsdCzZ6x/YHc+wiHwBkpTpNQhI98N/lFiJDHvZ8VIMXIInV7b5FOySoo/i/NPpzfD40+fE"
    "+nw4Hp7yOweJryK8uvc6tWarSdBv58OfEf8T/fvq8jS9jKtxw38P+DvhhefotrPU8SSOUX"
    "g5evto1cMjRlc6OVJU64+QLixyJadIhKxLBEpqwCaJANcAVy7vTB+kh3OAWBbjM8clxr39"
    "C3kSUJ+zl8L2mEhwDWS9E9MgtncdzdcxoP8KN1N4NTrTXLxcCYupPcZwYL+eeAKJk+Obk+"
    "MPpwMpi6gA4l9jU/UU3RRrlMPL9/MIjx+W2J3oiY3N7zgHTurKamz2lnVgpa9gG98LgPgv"
    "4e8dKjMLbzZ0Hog9kGk6q5taobLDhjEtJRy3TuEZHKMRwS5xkaD5ETnsFEWGR9HNz8fPD4"
    "5eI4Mi6rF9NNkfpNZBlVaiQoHatEu1ia+aPsN0lgX3ZIbdHOUpQbWRCtUymC38XTeJfe/N"
    "2J+vXxVgGkrxr1+lhfjgzoG4lZQzyPe5weTBDeT2JGUP5fbuyuniUkqcfGRfxibqWZKygm"
    "XujqLcuVUeM01zMyU8SdnDj7mjSnjwsRSvumN7TIpSUxWTRBupii37kKvWwJk2Mp2qgRon"
    "AUjXKt8Crgr0whs+zydijUh3TeRrNcP43lqvdQefd2V2jZNovn7Cm+SHbdK7mbLjDWf8+B"
    "pIFO/YXa1I8x6zcboXDazU1wiK8g4VZboYfSOyTz1fS46RVKMi7/qcSijJBy9elNCS2ahc"
    "NVnc+wtE67+9aO05HjZ1D9MHtqALW7L2uexLRtqcR+ZFq5lZXE6x5vycnWwGch45AJ0GGp"
    "umHqFlO57B6CTH8XvHMQm25XDnT5ICfMRmqQvx1ZVmjUHvr64uElzr/Xk6IOXLp/en13sv"
    "BbtigwxffMyuhdirPKxEtwilTOpT0zLzyEHjlLnRLf5LXJ08EvdJn+AnSXBQgT9dSg1AFw"
    "DNRTFVNi4nBpgLYKZMKd8c5yQ1nJa5MNvku7eR0yRL34jrpEnFtiNyfjnPibBy6XgsPgpF"
    "U7qMFoKvJJ/V1HAtNWxjFICoBNFvzkgN0IgAjlc5nNRTlsjTZABtjtLjEaY8Mgg2UHhSpA"
    "DxWvca550VOIDOgmk6xmnLOn5iJ0wJt1riqK/Mu3YczddTlKUy0nq8GWOtAOSP/izdYg5l"
    "kY0O9ASc7PHo8svFRQZP/6Cqxut+3914r1K4xs/0EugmzqkKEB6y+Yax6foJtOx0zwE73w"
    "GfYdG+cXqM+VtLTH7vg1nOfrkmJg6TCop49GVswv4sRmb/VoIV37g9OswSIAU29y1x+uTP"
    "0leQKvz6evrd1RoxlBAqZUFDaamzIG4oI/FC6FCnFEQN5YcOif9nYM2PGwrHQ9AQBA1B0F"
    "CeLwGs3GDYaoFetdawVUab8iOGt1UKEjHKPYFbFm5fifJUPtS+m1C1Qz/vMnZBCYZKYOtf"
    "wYqkSYNgSzcNuyK7BputdJ5RJ/H65oy2RKqcsb2T4OzOqtEZuOo3a4THY65ZI3Z+rjVrxN"
    "LkyhQjmROXOjZypggjfwYUGEZ+REvDm7HLc0zp0nEniBJP4387rodNtKDERXuuYxJ0cnF+"
    "ejl8JitYUvn8YHABg0trmEYDBhdiYcNUAXhFUBfCu6sVc3BUplgMG5UP8FGmXEzIfpQL82"
    "QI+1DeNA34USnAjwoAPwITIpgQIRwZwpG7gygYaiECsQMoK0QgljKM80KDWxoBEkUzuyX5"
    "NG0v+fvYeJuOL+rixjLsR8PbFqLPwnJyLqbq02aq3wR3hsfszW487C18YUBqh0uM0koY46"
    "aCgAfdhhQlTHL+aBTGj3LbmTcjiJ+p79Byhr3IlGbhJ0QJ8c1r35zRDxTNXYdL7VRmjKtw"
    "ZjDDgRmuNYyjATNc/M0yMOd3vkmRNYf2YFAvk5aaJOrofzN3qCFHPZdnxElApwUrAVgJ2i"
    "HHaXWEczXl3u+iUsETvkJhb3uQ+pe3lQDLz4zjNmyrCvW+Z7mEDehgCVNIrg6WNpis1cHs"
    "NEGZqIgoBIEpPs7SRoY9cr6/Q45NkOsseVgDcsnYmAtlKYi5QHsPbNUoujz9TfdDFvTh8c"
    "0vN5osLqLaJ9zasUvXp79+Ob0Zaujs/PqT/un05ub4p1MNfbx6r98Mj4dfbnQmlF3+dPrh"
    "2T76hcyZ1jfHroemrmMhUZOZvwBF1EG2c2uzbek+oTG2ES8Zhizju1AavaWD8GLC3m5Myq"
    "qEXwerX8QJRPjsf0BPbFJPVHe69tbZ2hHnaohJoXeVswUV9T8c30P1//CghPZ/eJCr/PNb"
    "6dJpWLWsaEgCRUQVioiyA85xdVVLVpKqhxu6FnuWj5pBdV9KUtzeEmrY6Qo7nS4sC7tPKp"
    "bEGEkv9njTdkSIPwLLYhcRhXKIlcK5UkBV21AnyWCrtqjBd8+3rKgmpV5dEgDNBVQkbitC"
    "GqcBUMED1nycbMJ2WkmIbP/y8tMAp89tiEZuQzRylhlXgbNKSY6WMeOyGCdOoZLlOyvbwi"
    "VLIHYV2khmKgGsG9WYqATb8jUrOgpvUswvV9e3AnR7FduRxnRtneT8+Jn6vfnhjs515Me2"
    "/Foffuxzg1qNnVIRtAJftGd4ppKrZ0XQCwt4A16eKPGgLMQRRYOxyh+uj8+Gg0Zgfvm6BM"
    "ov0678CGR+K+1JGxOqhHFE0cN9XD3AKx1OAvLHm6vLNRZbGdATY+yhPxHvOFnbpv7ndGGP"
    "OZZotDBMz7DpPn/ev+ra5wWwc5SKHWpp35mWDFHhE2QcalDGIfeL6G8ZB9FmUX3JY2SNNA"
    "1sjSu7RctbKpCMLkaW4W32XadpYaXbvNJjrjmb5mYcPEULK93mlYaO0Y05wKFjdJMwQ8fo"
    "RmCGjtF/j3OCF5XWA/TVMq4llPA9pb8nARL5PjfYkm3wOUnIQexq8+cEEcdNfFWhMWn0pI"
    "hwmg4kLQjnrh9RCOeuHE7obl9PlOxmje2hpz1Eyu46UhZiOKGnfcuQhZ727elpX107+yCG"
    "rX+VkdIwl2tmL9fLqtnE02npNmUdxTijkSpHdcaCkmy6JO62xbzFJD067mRCwq4rendksy"
    "ag213XuC6iJY6I7ZH6NZimr9/j1DC3LVL4ZW46eEImZ4bZxbCxHdbe82uan8ywLZTdnJD9"
    "xCitRNy+H02sjyOKtcX3rmyCGKn7FC897k/33C+njmYG9Rz3iZcsdzT2H2JraOYsNTQiUy"
    "ZZIGxPEJ56xM3WQK989jJF7yLZ34B6d1DvDnxrFYQpOgt3rJQ7ElFA0H2JoHuf2WUBzg+4"
    "jyiaD7bfzVdTS1i9OFpUcF8RAOzbwO5XtFM5guMk4OfYvauzbVu4Zr9Rk0b3tkG7pdVd6s"
    "QQnzPYKssBG+d9LUw+F6UqctXYsJDFWvU1LJ8BOeedYppagT4IOed155xDw6Yaghwda845"
    "rGoZ8gQdVGhWqNC8Qm6T7LgULYRpt9mUFK2WzFWdfzCk6TY6H1q2rg0cD3HYNis+nzPDZu"
    "ytZQvQEHOD0g25X0B/Szfspuxt6xa4XqvMbspZtg3k0mFlufUslXpAQigPhPJ0OPhiSLAV"
    "GAzzbVbRGK2M5YoN161ofLm289Mp8mkQppRxKzJBnhP1hA/Cwn/gHeSxldNgXn0OiYnsqy"
    "SEX8zth0+A9WxH1jNIaW3C2iN2uhq4cRLAdL2YBhlCzWYI+cx7e5jVnGtdBTn+NatKxXWK"
    "K6ePRLxzRkbxbxQKJmQ1pFQIKI/BZKKDoJKHcSZG3Nq39h0lf9yxV+abg4oexeIe5aGevK"
    "syTyF8h15q6EBDhxra399HS8ObIdtB93iuIcNGY8eyDA857oS4t/YeNk1nzLeX3xuZT8kn"
    "YcLLnfjFJ/wbIO4d+ragXhgfyke5ZMzm4NGk7KfaFPt1QP3Z6TP2tuceMihaMh0vEIwoos"
    "SPLZ0zuQnx9WICFLoT0T13++jOmNyxX2E++S9H/RbN7Jfxxy1njskezKFmb22IuZlgn/g5"
    "TPJyHTYz/wFUPMgW/ZxNgh+JDxclLrvyTIA55L/CWXj8N/jHDEV7nFYLRTiNR89qyFfhNB"
    "SU6NaiptXP2NweoovRanHprc0f7JK5iZ/4q5jsx/mLIJ7PNhXyi+OiOVtbrkuwV8P+2/E+"
    "1Aah7O3uAib0aFCD/eQ7tMfeJFjsZ2yWJ46skCUFYSB5WvgJzQh2fdAYQoLgnRjC6Q32ds"
    "GMDLylxmBDDLwle3x6ef14ZrRHuWA7MyZ8wfF4FsDoP09Do4XHV2HGIGS/e8TA9COO+aw+"
    "9hQvn71Ddy6hjsn+pvv+j98Pfh9/W6o7U52HMYi3vdPQhME7IZNbm0cmR7ucL7m/68gkX6"
    "qOZdGyjyUjTCcGeM7cGK9GauhrdCUKq1jdw55iZPN74/7vIo7/4+Dg8PDNwYvD12+PXr15"
    "c/T2xUqayd4qEmven//EJRstbkBcL7TzNVKCPyDokxzZyBJA1HnPXYVQDqfyIiPhkVI6HC"
    "ck6GE4TvVR/O2w17TM0tv1OOeewwndOWup5QqteWuBNWwvuYHNVk4MMEviVRL6vkSZKQwX"
    "yhBDIKRCrNAcP/Gk+izo+RlpMRLISVPMScv4LHZo6Q3Mm4M8g294X1tr9/XLrJf1RXPbo4"
    "mpF1hZ94Vd995g/0bciGbYCAsz5j7yrZRLbvxazCfCUrvHLYzUQaYzfiCTZ77NdPSEcMaI"
    "XM9jbu24ydfjFl7fLkdj5mhxObCmUmSwi+JFeLkEYnFrXmBs9A247/isgeF56bIv1aXcGr"
    "ogaEbYIDZS2AF9PUIUNrDZ21PiehpyhBlUGH1/WBHzdxfdHApeNrBcBpbKiVOy2kGuDbAF"
    "unMbbIG1ueb5BtKVTX1xqt5UbG/A2NcmNv3ZXdjkE3alGW+pESVY9ZwP1q1w9Fpu/TNjjF"
    "PsMsbhMXLOR2aY+28WPPQHhw4zn/e9Y6PowuJ8RTi22H22+Ri3M51lhj9XNfGtfecT6UxN"
    "dBb3M11weuEPwo+Mb7JjOJhG4yw97jPijh+XcGmGc1SPKZn76FicBc701uaM21naaI872w"
    "SZf8z9QJ+JmfhjIx66xHx8yK2T/By4a7u5a3YDqfFZOT1w3M3cKwGa6l6WBCGkZbXN19KS"
    "U1WU0pacpWGJ7fwTNKzlDQnjveH84v8ZWPMdVOH4Hvqn6mlRPmN8wSKU8hrO7PFc1tMNO0"
    "js04mFDVOWmFBk8is9J1gCIWsQsga3OYfTfrtt8676mPVW4JKvJE2tf1HnqYxx22OyVCVQ"
    "nfhz9RUqv97utmWUfajORDlcv+RvX/FqSeJol7ELggQqgS1op9FXxL45oy1h6le1vkwUVd"
    "hlZHuUFDqydBKt3aVtdxIuZ+GNnO/b4XQl5vjEVMfOGgaLQZobc2Ia9rZf3+dgmr7upTAq"
    "riJmpd5CqpOo5SSAqiDVz9zPZOwrpg9VbSxe5bTvu2oRNHzRoXnMTuqXcHlU4igJxNR8P0"
    "lQu7pWN8nXyBvjjmfGo18E08+lFqZI6MQCjpTGwK3fkRLf5Qq+kjgZuEMU3CExTpJBvNgd"
    "kqSEMIS2hSGA06scT+uX0yux6tNNk02mkGiyqXvZr3OhKiakyKAKc7kqzFM9/nIZvIfke1"
    "5acIayD5AX8a7T34eJLZ5J7Vmxroury5/C4el8nwz+QSbJJidLmhhEiFaLENOwD6pa/n2K"
    "DBJDcxNDoR5lrSi3ILmgZ4iGrhY1VFNUgKy8duq9IqxxEsB0fe3U0KyahFe5lGcYTd8xcP"
    "Ps7FqqhmeMBa4vjwrlaJstRzuP+ai3RLqH7u40yKlzp1S13/sqsL0J5+kpsPGTJ4HqNVM6"
    "rs9PhgO5IlEZg1CM8WyZNlGaSaQ0qRyo2xnk3hHM2xhW22HodhNV20XAZgYvBC7p3KcOlM"
    "8HT0Rx5x6dOkkvsd+UhejsQH/YPs72OJiuT3DVHDCzgkweOBNHtDCARsfxkZVG0nwNA3Sg"
    "587u42aaLi/atu8Uuuu0E9MCC1HAPbZUUfqV7KKllJLoK4XuOZVr1a3snhNPS5Kf/fFw7e"
    "Kz34uPXFui67NLKAlqT9lkyZuQ0B/RXaAUr9qo8PdFFsE2r/7HO7AwoqAS1vOpsBQgnyTb"
    "kKeWJ0AplHZJIhDBW3MplMTXItHNCmueZIihIXrp2LMAvA1DouTUEBalHhYFkQY1aDvKkU"
    "cQdgQO8R07xMHPtZnis4WTq07V55Nfi20gUXvCW1qRymPFBkFpxS6xTa1An4Aueb2Md35g"
    "GKqoieH45tTElfBav6JYfU83hv3McZXzZFJkoJOX08l54+egbqiiQp6ihFwwBX185EwkHv"
    "18DTwc34td3bTSHXCGoMyimqoopQWVUdIR2AdqA+ejhBIAbkvbyLbxjpotHd4qanFbtbyP"
    "dX61lD6e2F7rbR7xD71xZ2/LuENZiCXMMQE0ew90+eXiQor0OCoGXImVqXxx4W6jnTztc/"
    "DejaEpESEssTalI4jzTU52emS9tapWzWD5swRfhPJUYIxqnwICxqgOLWTSPnJ4UMI8cniQ"
    "ax3ht9Ltr2XCYKFVJCQBc4iCOYQdO5tY/BJUPdzQ9ZTRE6gZdDOjn4S6wZ3e/TichWVhWT"
    "JPQfBNRNKLLd54JSIoodKAdQoCm6pGdKUwqcGaJgNspdj6Je4VkY0TgYlaYqLm1d3VDNQR"
    "BQDaFpt/D0GF4MYmgxsTtj5I6SoBb/rUhopKbauotBvPYMtY8faOQbm/iosBlW3hYTBZT6"
    "GNJKYSwLpRaZRKsO1dqZUsI44L+a11/X12yZS4hK/YGidgbKRW1h2oz5NEa/Nvf5ux0cix"
    "CRKOamSJ8xotMUNfXOZeB+RMUfwp79C5PXK+/w/C7B55znuWIzzHrpfNvq14/lv70kGusw"
    "wydb0ZQcGGQ3uUEHTnEuqYj8Sl+wafYv/D6dnxl4uh/vn69Oz0+vTy5PTm7lleCu/XKJ1d"
    "OFugusgu3Z7gH6vRPya+DkUPwooG/Abl/QbECtpyKgC9ogGglRKloXhOvQYXKPaiIpC2td"
    "hLrFuwRAJN9hLOlzr9vsV6yKnWS5rHdijKLV3D84iNDFsIcJS9AAOQyXOMng1GmCKDSYdj"
    "vKBEiICU6S8ITz0mOI4dyzIkcmbls0NGZrukQc9RkQX90T2UBA+OXpUJLDl6lR9Ywu+lYx"
    "tG34gs2jgf4BhJD1E+LBW+c1gQvnOYDd+BzLEmY0egOWLuVu9vc0Qq/APKSx4jg35lbQ6Z"
    "xh6vLiirPZ6foxgjaU7He9FqKSsC1MTU04nrOq7KyZSkgmpi6seTzbDVg625AcOSkDfCuJ"
    "pUKPrEt5qPsWzZ99WrSKCWYVtZINBuzFGrLlUSY1S8g1W+KSreMgtqcHXqm9YKLD5Q07fm"
    "mr4zdogFMVV+heuwFxVDb8y+a1kPlsI6v6UmbNCnFX4NnfVpgRUj/wPprxUDMnJ6JS62Dd"
    "wG5MVEv5XtW3n1COR0yMI92RKevjUirbXH2WfH9bB5bj8a8kYniftaoc4hRupGNHS9AxxR"
    "BohJni/4XfJ9bnCAEO92h7wZ9pDJ25RgFNSwQbwBCUZzTOnScScSl/f284HK0y6Vx3MeiK"
    "3PMJ2pKD5JqmrUn93CnFB+XpfxeL/Od3i/zvi7xbdC6AZidZKyh2J1R8ToUlZXxhc3UZ1i"
    "ZOANbPP6gnacz0H7qx1vVAy4girArVvienXk3VWgbBvQpdNT82tP7tjF8itPjMspO7m6px"
    "WpO3/ER4GLpUvfuFagbzDWbMhbyuVCGycBPiqx2UPaWo0dRuauY80lh1J+rFJE0QuAmw5U"
    "4lnVTONVr6UZkUE9TQWPnyPeS2IT/nhzdSnHOkaS1mSMsYf+RKZRKu9/I8QH/5wubD+xZr"
    "QwTM+w6T5/3r8GzS8Dh6j4A0jvdS2pnfAJZB/ALgqOtY3x1Kxu7K7cRduArqDehZKHDtt0"
    "SdwtvVDHYpIeoZ1yyJvbuum+zE0HT8jkjE3VJ5jqVFuvGT4XhmV4PxveQKK6Ju5rReorR1"
    "o3+VB9Foxd6667sgm7xZZrgoJIa7RHGSd6btgaWrrOytXGvS/PfkSiKBUbPCcueiBPyHlk"
    "/+AZqDxaHlmGvfBI1olXy1Nu7VvGMNlUQQ4s1/9GmBJEHd8zSBjVE6LE5dRMQh4TStmfhE"
    "Yps+JB4CRsodLOll1JvyS1ZhHuzi9YS5Im9Nroqw8hI3zuxhYbCKZDxuqZzECk51pqSPHR"
    "FoiBXnw0WGj7wuwhCL7eIHjP8EwlgFcEgHA5hEPXkZJNK0EEVq3KrVoQYg4h5i2wYVUSYh"
    "5IQFsaaHpaJXdn8eZdwadOWT9e504i56fK4OXL+H4lOSsaCfJ9l44JkO93J33mlF/NBziv"
    "9mr34+hrKR3nOmrqUzi+h/u3hmiXIFdHOSMkQ9hDuA+Ojkpt56OC7XyURhxCyvPR75c5GL"
    "Rh0Ib7qA0LR/G20RwLbzbk8/RIz5N04ALDgYLhgJdxGc+wvbUBwcfrRsx4IibsKWgewZbO"
    "gzcqAWzIZutdyfwEXt+cURVwfXRGx5SH0JAuSlmlkLIIpdtb8j75s/T064v3k9oSqHhTrr"
    "5uqZwmYhUil2xn1hcMazYfC7FcZji+XxMWQldDStQlCQsoIkH1I7rj2pLl74VHgxpszjvx"
    "crG2a2IommGKbAf58gGKyGTVSmp6Cli0waLdGj7RgEUbcjarz9kU1iE8eQzNDwqZbmlSyH"
    "ZTyHbLngAboJ+dYLM1aKeU29wKxN8zswr5Cbb5M0BjAPV82xiagdFFSUjJI4ca8tmtH8qj"
    "aginqOA4lSCbjknfLHk2RQ1bOAu0aCm/GcoyUoB4rScr3mtgS29WvLlBxxhGWY9WilnKvV"
    "qFx18FOPv28zNRkP5mNWm3dnVZwPPO/wTy16c3w+vzk+GgkGlXgLwkkamfsOccWQnU2bug"
    "yy8XF4N8Dl4B5EM2X//xlh1eOWCX8ZlzrxNhoM94iMu23roZ9oZiov7An9ixAVjgPFfwa0"
    "IJ/KZ8Jgn+J3GdpPljvgclw5nXe1L83Yw4JUUPvADD1HGRSxaUvEM4cGZERzRy5sTmFdp9"
    "xoOWhjfjXg8r6z2pdGbwmIDHpDVcoolGV9DevAGUrSicpKzpOEbSHMqDQb3nXWOmYnEYZO"
    "HOT6peEUBCdfFiQEJ1+wxvEELeXAg56MEl1DpIpm5Ws0tUUJRodukKi/ma3SIYqU/DoZBP"
    "3aVTQivQpfiSqupTcZo+Svu1JEo6tsdzaARQClin6QDvcnhT4/9ksVHGfS7HCCn6JFz+4+"
    "Dg8PDNwYvD12+PXr15c/T2xYp/ZG8VMZL35z9xXpLAP+tepzN8cPRayW6woujhxq6+ER/1"
    "2Lh7oqty7DRd72o1VA81ZLbnQw+Z7WCWKBtyFVYmVEM1RQXIFkQNQqcNMKS135Am2bkVoA"
    "rNS+QIx/sPbglxvOFhT9FNnTZtakV5TFxjPBtI7HfBHa3IcoejMWCy69J5pBWY7B6JS6Wf"
    "dr7+FyPpoZ5diwGJf1QKCAfDe4juy1LBDy8Lgh9eZoMfArOmijc+RtK8P77+Q6pWz3tGvG"
    "3yMPvr/wFWW87K"
)
