"""The event log's firm_id becomes a plain column (see the PostgreSQL chain); Job.history
gets its index by job. SQLite drops a foreign key only by rebuilding the table: the rows
and the AUTOINCREMENT high-water mark (so seq never goes back, even after pruning) are
carried over. Written by hand: aerich's generated statements were MySQL syntax."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "event_rebuilt" (
    "seq" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "topic" VARCHAR(16) NOT NULL,
    "client_account_id" INT,
    "job_id" INT,
    "thread_id" INT,
    "request_id" INT,
    "recipient_staff_id" INT,
    "client_visible" INT NOT NULL,
    "payload" JSON NOT NULL,
    "firm_id" INT NOT NULL
);
        INSERT INTO "event_rebuilt" ("seq", "at", "topic", "client_account_id", "job_id", "thread_id", "request_id", "recipient_staff_id", "client_visible", "payload", "firm_id") SELECT "seq", "at", "topic", "client_account_id", "job_id", "thread_id", "request_id", "recipient_staff_id", "client_visible", "payload", "firm_id" FROM "event";
        DELETE FROM "sqlite_sequence" WHERE "name" = 'event_rebuilt';
        INSERT INTO "sqlite_sequence" ("name", "seq")
            SELECT 'event_rebuilt', "seq" FROM "sqlite_sequence" WHERE "name" = 'event';
        DROP TABLE "event";
        ALTER TABLE "event_rebuilt" RENAME TO "event";
        CREATE INDEX IF NOT EXISTS "idx_event_firm_id_ffd97f" ON "event" ("firm_id", "topic", "seq");
        CREATE INDEX IF NOT EXISTS "idx_event_topic_893bf9" ON "event" ("topic", "job_id", "seq");
        CREATE INDEX IF NOT EXISTS "idx_event_at_626eca" ON "event" ("at");
        CREATE INDEX IF NOT EXISTS "idx_client_stat_job_id_83452f" ON "client_status_change" ("job_id", "id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_client_stat_job_id_83452f";
        CREATE TABLE "event_rebuilt" (
    "seq" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "topic" VARCHAR(16) NOT NULL,
    "client_account_id" INT,
    "job_id" INT,
    "thread_id" INT,
    "request_id" INT,
    "recipient_staff_id" INT,
    "client_visible" INT NOT NULL,
    "payload" JSON NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
        INSERT INTO "event_rebuilt" ("seq", "at", "topic", "client_account_id", "job_id", "thread_id", "request_id", "recipient_staff_id", "client_visible", "payload", "firm_id") SELECT "seq", "at", "topic", "client_account_id", "job_id", "thread_id", "request_id", "recipient_staff_id", "client_visible", "payload", "firm_id" FROM "event";
        DELETE FROM "sqlite_sequence" WHERE "name" = 'event_rebuilt';
        INSERT INTO "sqlite_sequence" ("name", "seq")
            SELECT 'event_rebuilt', "seq" FROM "sqlite_sequence" WHERE "name" = 'event';
        DROP TABLE "event";
        ALTER TABLE "event_rebuilt" RENAME TO "event";
        CREATE INDEX IF NOT EXISTS "idx_event_firm_id_ffd97f" ON "event" ("firm_id", "topic", "seq");
        CREATE INDEX IF NOT EXISTS "idx_event_topic_893bf9" ON "event" ("topic", "job_id", "seq");
        CREATE INDEX IF NOT EXISTS "idx_event_at_626eca" ON "event" ("at");"""


MODELS_STATE = (
    "eJztXdty2zjSfhWUbiapUlKJHTvZydZWOR574qwPGVvZndpkioEkyGLCg0JAdvzv5t1/AC"
    "TFE0iREkmRSN/sTkg0RH84dX/d6P7vwHanxKJPjxx6T7zBr+i/AwfbhP9H6s0QDfBiET0X"
    "DxgeW7IpjtqMKfPwhPGnM2xRwh9NCZ145oKZrsOfOkvLEg/dCW9oOrfRo6VjflsSg7m3hM"
    "3lt3z8OOBPqJT86y/exHSm5Duh4pX45+KrMTOJNU18tjkV3yGfG+xhIZ+dOexUNhS/PDYm"
    "rrW0najx4oHNXWfV2nSYeHpLHOJhRkT3zFuKP0V8afA3h3+d/9VRE/8TYzJTMsNLi8X+9L"
    "ERPRsYxuXVyLg5GRnGoAJYE9cRQPNPpfKvvxWf8GTv+YuXL17tH754xZvIz1w9efnD/+kI"
    "GF9QwnM5GvyQ7zHDfguJcQQqI99ZFtYRf6rGNWyfQpZ/chrZEMcYtAFwK2TDJhG00dRqAd"
    "sC4EYnf45Ezzal3yzx4PJfR9fHb4+uH10c/flYvnkI3pxfXf4eNnf5CvEXzuXx+dUbiX2E"
    "9WTumhNCs3C/u7m6VMMdE0khPjUnDP0PWSbNzOleIy+wKEY+DbLAxqXs1pO9yA7SyC8XU4"
    "GNgRVz/Tf+hpk2UQ9AUjI9BoHo0/A/SoxEZnvZ8VAMPIKnV471EMySokVxdnFyMzq6eJ8Y"
    "n9+ORifizV5iVYRPHx2mxmzVCfr32egtEv9E/7m6PEkP46rd6D8D8U14yVzDce8NPI1jFD"
    "6Ovj4a9fCIMSqdHCmp9UdIHwa5llMkQtYjEqVqwCaFANcAV6HvzL4qD+cAsSzGp65HzFvn"
    "n+RBQn3GPwo7E6LANdD1ji2TOOw66q9nQP8IJ1P4NDrTPHy/UhZTc4zjwP96wiQSx0c3x0"
    "e/nQyUW0QNEP8R60pTdFNboxpeMZ/HePL1HntTIzGxxRt3z009WbXNvrL37PQT7OBbCZD4"
    "S8R3h8bMks1H7lfiDFSWzurlsNDY4c24lRK2W2fwDI7QmGCPeEjKvEYuP0WRySi6eXv0ZO"
    "/gEJkUUcbn0fTpIDUOVWUVJhSYTbs0m8SoGXNM51lwj+fYyzGeElIbmVAdg9nG3w2LOLds"
    "zv95+KIA01CLP3yRVuKDN3vyVVLPIN8XJtcHN9Dbk5Ia6u391dPlo5Q6ecdXxibmWVKyhm"
    "Huj6Hcu1GecEtzMyM8KanhYu6pER4sluJRdx3GtahqpmJSaCNTsWMLuW4LnFsjs1k1UOMi"
    "AOla41vCVYNdeCP6uSD2mPSXIl9rGcbn1nqrO1jetfEax1F/esKb3A+7ZHdzY4eN5uL4Gi"
    "gM79jbYZHlPeHtDBY1rNXXCIbyDg1luhx/Iaqlnm8lx0TqMZF3fU4ljOS9Z89KWMm8Va6Z"
    "LN/9ANX6p1etmcuwZTBMv/IBXTqKsc/dvlSi7XlknnV6M4vrKfZCnLPTzUDOEweg00Bjyz"
    "IitByXmVxOcRy/cV2LYEcNd34nKcDHvJemEF89aZcMenN1dZ7Ytd6cpQNSPly8Obl+9Fxu"
    "V7yR6auP2bGQc1WElRg2oZRrfdWszDxxsDhVbnRb/CWeQe6I92BM8YMiOKjAn66UBqALgB"
    "aqWNVtXC0MMBfATLlRvjnOSWk4LXNhdsh3tpHTJCvfiuukTcO2J3p+Oc+JZLkMPJGLoiKV"
    "rpKF4CvFspqZnl0N25gEIKpA9Is7rgZoJADH61oHhZh9NVDop0E3PZurZanz2Bot4ZhIbJ"
    "a1+SeOov40RVl5yqzHm6/3GkB+5/fSr82hLLLRlpiAk/88uvxwfl7k90na9ArT8k0gdvrP"
    "a2LhMHi1aCaPeEcaTePEZAz4ii1xuvB70RUkn1abSBC2ROoy1pU+6/dHo97WxHGicrimz5"
    "sCn2vmrAO3a69Uw2GB21X+fwbWfJ9r2B4cruBwBYdrHg8DDAGYtB0wCdaatKVMAhltta1R"
    "kIjv0gRuVahiLcZT+TDFfkLlK5TBFcxaENPvwmrS1U6wbVimU5NtznsrHWfcS7y+uOMtkS"
    "pHFfUSnN1Z5r2Bq3nTPNzic03z2Bmw1jSPhcmXuYy8IB51HeTOEEZ+Dygw7l+je5PN+eMF"
    "pvTe9aaIEjYU/3Y9hi20pMRDjzzXIuj4/OzkcvRYdWG59v6BNADSoDObRgukAbGxaVUBeC"
    "XQFMK7uyu+d1DmsjhvlQ/wQea6eLj9VL6YnxHUIb1ZGvCDUoAfFAB+ADQY0GAQjgThSP1B"
    "FMhGiJ/pAcoV4mdKkbsi0dCWJEAiaVa/NJ9Ohnv0ESPTuTPZthC9lyTAmexKoyXcApt0ii"
    "f8y24YZkv/XFNSSolWwxK80kwKGDSSKMEu+a0RI/aCDzgRNBCbEySOh1/R/RyziBWy8QOi"
    "hPhM0Rd3/AtFC88VCihV8Uo19gyMEjBKndk4WmCU4l+WgTk/iXtKrD20B4NmN2mldd1EKn"
    "duUZtq1HP3jLgImGdg8ILB2w09bthEdE1bnuo+GhXiRkOo7G0P0ijoSVOw+GK8JYagY+06"
    "PPs3TC9jtXkbLAxByjW/YjFKay2vWEJ/CLbv1bE6LLBymMmsSmbOSgDsnHJ2TkRVlIU4km"
    "jRuvnt+uh01JSJk4T5+WEJlJ+nnYQRyOJVKgfTZEJoJYwjCQ3ncf0Ae2RiLsQxUKkCWFJq"
    "qyJgm03qv8+WzkRgicZL02KmQ5+K3/vHDkz5RmqDQQxD/orQN4ZB5hiqPuQxMSg20OWUOX"
    "Q5tk222bpOy8JId3mkJ4KtsqzNdvCULIx0l0ca0iW2xMRDusR2YYZ0ia3ADOkSf45zAuKT"
    "21hWofU7fqiIcFoOjgbwhTePKOSi3BpOCC2AWPoeoAy5KHeWi1KtH9QA609RRC+jGW2R8R"
    "M79J54214BkZ1otFV0JGFGT+ZnAi0ZuLI9Un8E3eg6qWrI5hMEFJ3znnRFaWZa24b+fVhY"
    "Lp6S6alp9dG1usOINv+m0PEcO9ImyAlrS7Qaloht8yNujEkksfZW0ZVDEBf1HuIXevzunv"
    "iXlNDcpMz1HsRFIHfI/4c4QzR374doTGZciUDYmSI8Y8TL3iyqvff1cXcfYyoS/9+/IA6v"
    "zTi86tSutpEbOtG51F16k0rxlZEEBKaVCEzzN7sswPlBaZFE+wFpu1k1jYSeyaOlCu4rAY"
    "B9G9gn/NCvRgbHRYAO3j273rUp3DC93iY32TVotyQnlVyvXM5AS5YDNr73VWYkmzdnZUmi"
    "XDM2LFi01nxlYUO4l9WnTXNYYA/Cvaym72VBGoQG4mrCEvYKftR1LYKdnLiauBxUvK9Q8X"
    "6F3CYR5ClZiCDvMpUUjZbKK51/MKTlNEwP3EiVrBhshq9nbbqpJXvYbHvr2AC0tLnB9caf"
    "8HqjX92pGiWTkAHVbD0rw1aVr7aNzNOxjNYwRSMkptfmmZUgamf3EQSxSlP5xEuiGtV6+k"
    "WUwrKj9uUyks5myJdBmFK+5MgUMTdTnuYXkVwU2zm5R6v3oeB5PirCdWXffgwAUEA7ooDg"
    "KlAblIWc6dXAjYsAput1DbgN0O5tAH/z3h7mah6ivoIcX81VVbsm1ZWTO+IoU/f5LwoVE7"
    "JqUiqOUQQSctVBSj1Fnyn59hmZjrChKaFci/BcSmVe8ylZWO6DTUTZvIlr2yZDrjfl6sfM"
    "tSz3niKTqWMZa/2FT84nZ8Tbeu6SiUhIf2em6JG4ozQMtZ6hiJocIl91H6IgfaH4jyAp1W"
    "PERxrR5XiFB/3kiKhJj38DfqBoZlqM/7KsDyi+jfJxQH7iMLTgf45Qv8XX+1/Ou/dMQvnX"
    "fQ7W7Z1JTT4gn9Ej/iX+304f81541/dzqX5JwVh++DnBnp9D3qS+wK+yiZA3+dcFPSJHxH"
    "m6HgcD3fOfDx9jxp/Ib7sz3WXQA3pEhUo4N6ccMYInc0JjPztE4yX75HDLZC6gxGOOqR9w"
    "Kjp3RL4J/sX3j5+iM9455eMz4R1Nkct3Dj/qVHbm/xJ/z9EV4zUtHXQau1fG3IU5kdon+T"
    "bgDT9GTyIH+eodZgUxqqJV1r4yb/PPdF9AG630b3t7+/sv957tH746ePHy5cGrZ6tDPfuq"
    "6HR/c/a7OOCHcTIIwll/Uh8EXO2u2/xY7XCl/fyhgIZ+/vrDg7thQ3eMfet7AKXmcO7G/6"
    "E5qIH6Xw3VpBDAqoI1MKaMDXg0tTDArHCEJwzKqnEIGWGIsKoQhLDAD+K2bhb0/KsuMRG4"
    "7FLxskuGR94h+/beWzrkAnvKGO1Ui+FaPs5YiMaGHbZeS829de/5Kw95hHFxkcV8jgW7s5"
    "R+vhXrIrm1X3krurQlhyMuWiGMKPmGxsTiplxqcGvr+JPz2RcyuP7hLm/nhiT2JJOF7wiy"
    "+PgGvNcQUTfBdi35K4+IZYJMPsm49gJVEDvohMyObzVeTS2vTaLPVmi2zGhUZ9cSghDn2z"
    "WOrSOHnkxhpzjqwtR2+QdcmEMPbiBps/ND/duG60LN+b4QFHIXXmqhihmmE0SKG8TGpqUK"
    "Eiwy9Ur3CRYghKFDGPo253Car90ynlfLMOoCV8y2cGkaAZa6guQwrkvVAtWx35euUPkJ3L"
    "bNy+dDdSrzq92sijDqiFeypmstsMVqyeqIWFtVsfsKzm7KYvcSrd1dA+olXO6Sjd3v2+F0"
    "Jfu44OZPb8mtYpAW5oJYprPt6nsfdKPrXAo9+jVtVsGZp/uGlXOhoApSet4lSKC0DLI6G5"
    "Aheif3O4V+pSCvA7Urn7sOEtQ1Sl1/jBhybzI37/xMN/5dE0kPQbplILdbA7d5cjs+yyvw"
    "13ExoKgrUNSxnSSDeDFFnZQE13DXXMPgiCi3p+nliEiM+mzTwM8ZBH1u6vKbGYLTqqompM"
    "Qg1Vq5VGszI/5xGbxH5HveFZ2MpA6QF+1dJ3+OElM8E2a72rrOry5/D5unY28z+C8X001P"
    "lrQwqBCdViFmYbGjanfhUmJwSSP3kgbk64Hq0r1CNHQdVEM1JQXIqnNL3VaENS4CmELxbi"
    "je3R+UN0zXtYj5XLdEWkP3bRrk1LlTKhvabR3Y3oT9aAps/ORJoHrNjY7rs+PRQG1I1LZB"
    "VIy765g1UXqTSFlSOVB3M/C4J5h3J9Sxj4AFhYXrACpdiFmTrTPp6vQzLxOjhvLp79zxUd"
    "CdTnA1HPWxgkwd/RFHtDAKxMDxlrWGg3wMo0wgsfbugz+g4GftNAek0IYiqrvWrKsUUYUU"
    "2VWQ7WqK7PhdEfXZH4/MLj77Wbzl2tQ87z1CCaNo5nrIIfciXzJ9jT4Hlt0q8bP4XmQT7F"
    "DkuCIvMxcKMuA8mUlzF/ki2azZjfwC5FjoliYCYagN51hIrBaFbVaYTCEjDKX7SgdQBeBt"
    "GNejlobYnuqxPeAub8DaqRw+A7Ez4NXdsVcXnDWbGT5beGqaNH0u/CRPA4XZE74aFpk8dq"
    "wR5Gzr07Y5LLAnoOyKlkG7XzmGVczEsH17ZuJKeW3eUKy/SAjHfu56lS97pMTAJi9nk888"
    "1w4SElY0yFOScKGpgj0+dqcKj36+BR6212JWt210BztDkL+tmqmolAWTMTujA6A2cD4qJA"
    "HgrtQh6tre0TDTwVahd9ua5TomEB2m7PHE9FrPecQXeuvO3o7tDmUhVmyOCaD5d6DLD+fn"
    "SqQnUZbRWlim8llL+4128rTPwXs3RFMiw6CCbUpnIMynnJx0y2YTLq2qi4nfkvsi5FgCMq"
    "p7BgiQUT0ayCQ/sr9Xgh7Z38tlR8SrdD1FlTJYyIqEIkCHVKBD+LGzCeOXkNJwQjeTC06i"
    "ZtLNSD+FdIszvf9xOEvbxqrLPAXBN5GIFlO89XQ6kAekBXYKApuaq+W8YRVnwLYAWyg/3g"
    "RFjenXigR1JAGAdoXz1xBUCG5sM7gxwfXBla4S8KZPbUgL1LW0QLvxDHZsK97eMaj2Vwk1"
    "oLYpPAo60xTaSGMqAawXpUapBVvtUq1kN+K4kt8p11+saJbC8ZcsqZXv9vPLdxl22HDt3d"
    "ojB5Enojm690zGiINMB7E5QZR/AMcQO5TL88YIU2QyiiZ4SQnCzhRRPmMQnjHioYlr2ybL"
    "3qutvXeIge+W25G5VSh9v7UWPGeKyj94UYbKP3iRT+WLd2k2efyFqOI78gGOiWiI8n4ph8"
    "l+gcNkP+swgVjdNtl6qKmSO9X1ralCpUVWechjYlDmoMtBKpiJfC6qbI/5UeExkfZ8GM86"
    "rWVFgFqY2yjE81yvysmUlIL8DdWPJ4djawRTc4MNSyHeysbVpkGh077Vvle7Y+tLK99Lx7"
    "CtzfWyGzpqldxeQUbFE9/nU1HxTPuQ9aBXa3pYwPhAFrWGs6jN+SEWeLH8nIJhCnuO3oSv"
    "a1XW68LMaqU6bDHMM1wNvQ3zBBYjf4Hoy2JADKRW6mLXwG1BX0xkuN6+eIJGICdPYFGbZ0"
    "t4dKtf1GhVifeux7B15tyZ6tTSiffDQptDtjTMqOl6BziiHBCLPFmKt+T7whQAIVFfBLE5"
    "ZsgSiaExCm4NI5HyGaMFpvTe9aYKl/f2/YHJ0y2Th7lfiWPMMZ1XMXySUvWYP7uFOWH8HJ"
    "bxeB/mO7wPM/5uuVYI3UCtTkpqqFb3RI0uxbryfXET0ykmBt7ALo8vWMf5O6i+1vFG6ddq"
    "yLvWuSFu1kbeXc6frgFd+kJAfrafHbtY/hChyDmJflbvhkXmzrd4K3Cx9GmNDwvsDb41m+"
    "oiHrnQxkVgH1Vw9pBIp8GczgvPtReKQyk/VimS0ALgtgOVxD0WbvFWz14UiUEGowoeP1d+"
    "l4ITfndzdanGOiaStmTMCUP/Q5ZZ6qbVRogP/j5bOv7FmvHStJjp0Kfi9/4xaH8YBETFCy"
    "A914dJ60R0oFoAu0jx0LWNp2FzY3cXDLsGdA03DCt56LBD74m3pRfqSHaiEdoph7y1rZvu"
    "w8Jy8ZRMT3lXOsHUpNl6zfE5N22TvTXZQGG6Jt4Pi8xXgbRhiabGPGi71l135RD+ig/XFA"
    "WR1uiRqCP/xHSG6N5zV6424X15/BrJNAC88YJ46Ct5QO4d/w9xA1VEyyPbdJaMZJ14jfzK"
    "J+cT3zB5V8EdWGH/jTEliLq+Z5BwqQdEiSekuYY8IZTyfxIaXZmVPwROwg4a7XzYK9mXpN"
    "FbhLvzCzZySROyG+vqQ8gon7vhYgPF9Jxv6sozLfa6+EgL1D8rbFki/oTNTY8fHdhjD7+I"
    "/X7iERYeL8jlJ1HQ6Wv+D+tBngXy3OGNb94ePdk7OEQml2NcJVfGo9TePxw93Tp6ID4F4l"
    "M6YYh0/RAqFb/gkTu+MjaJX0hKQpRKl0cZolR+Fg0TaONmNBKgjTtDG7dgGY2IvbCwOj4/"
    "3WRYxkJi8dYQu9KnlT8ssEXgenCz14OZyaxKAK8EAOFyCIdBdZW8/Qkh8PfX7u+Hy7dw+b"
    "YDalotl2/bvF/aTQahXYd1vMaAQntNlSDI11z9Kr121BK01j5tfqC17k6nImFC8rIArwS0"
    "80s0kirac6sZBWF7DedvA9Htwd38yh62jKCGcO8dHJSazgcF0/kgjTiQ8/no60vOg40HNp"
    "4uNp4Mrtg2envJ5iPRj0Z2nqLGWeAQ2BIsTQsY/UglphJpGydz7GxNIPh43cgej2WHmoLG"
    "CLZlOF4tgI14b9qVK0zg9cUd1wHXO3d8REXIPOmjllUKKZtQuj2Td+H3ounqc1xmzswJzn"
    "GoVAHqMtaVTlOqYepTqpQq0vN2jaOerpqUiGEOk30jKfUafRaavi3Hyrgzqcn7/Cw/DtkE"
    "O8GFFtEUcdsYOS7yzzYUiakimRv6FWBjgY3tzD7RAhsL+UXqzy8imQ08vQtN59Q5V5SVIS"
    "0KmRkqZGbIngAboJ/tYLMx6KaG1t4IxL8zMwr5yWDye4AiVtVzw8TQDAiDSkpKnjjUO8pO"
    "/VAfrYZwSgqOUwWy6SjhzSL2U9Iwhde6COJFm7Z0E8SrRPVsNpd1FaRWstpdULg314CzT0"
    "yeyso+N6tO+zWrywKedzglkL8+uRldnx2PBoU7Sg3IK+496Al7zn6aQJ1/C7r8cH4OBUg6"
    "xwImshwpyMB0FqR8TnAZtDRmYVOIgezTyT8sYN3EkFZl3uIyOrJvjQQ3uQ4Tfm8JVAWs03"
    "KAdzm8qfl/Kk7IvM3dMUIJnSyzv+3t7e+/3Hu2f/jq4MXLlwevnq32j+yroo3kzdnvYi9J"
    "4J+13+gc7x0cVpnekYSGE7v+ZCQiHQ8/7Y2qO3ZaTrv46vqhhmjUfOghGhWiUctyeuEd2W"
    "qopqQA2QK2FNKaNEqOQvx0LfHTiplbGw0KmWLSCMdrBG0Jcbwokabopk6bLiXiOSKeOZkP"
    "FPxd8GZYxNzhqA1Qdn06j4YFlN0d8ahyaefbfzERDe3sRggksagqIBw01xDd56WCEZ8XBC"
    "M+zwYjBrRmFuH8ZDsxkfZT7ewmUqi2pDoZ9bbNw+zH/wORXgM7"
)
