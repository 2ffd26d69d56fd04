"""Atomic rate-limit counters replace the per-hit rows; password reset links; a staff
member's e-mail becomes unique per firm instead of across firms.

SQLite drops a column's UNIQUE only by rebuilding the table. Other tables reference
staff_member with ON DELETE CASCADE, and dropping a table with foreign keys enforced deletes
its rows first (cascading to tokens, teams, assignments...), so this migration turns
foreign keys off around its own transaction (a PRAGMA that only works outside one): hence
RUN_IN_TRANSACTION = False and the explicit BEGIN/COMMIT. The rows and the AUTOINCREMENT
high-water mark are carried over. Written by hand: aerich's statements were PostgreSQL's
and SQLite's mixed, and could not drop the constraint."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = False


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE "staff_member_rebuilt" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_staff_membe_firm_id_5c968d" UNIQUE ("firm_id", "email")
);
INSERT INTO "staff_member_rebuilt" ("id", "name", "email", "role", "password_hash", "created_at", "firm_id")
    SELECT "id", "name", "email", "role", "password_hash", "created_at", "firm_id" FROM "staff_member";
DELETE FROM "sqlite_sequence" WHERE "name" = 'staff_member_rebuilt';
INSERT INTO "sqlite_sequence" ("name", "seq")
    SELECT 'staff_member_rebuilt', "seq" FROM "sqlite_sequence" WHERE "name" = 'staff_member';
DROP TABLE "staff_member";
ALTER TABLE "staff_member_rebuilt" RENAME TO "staff_member";
CREATE INDEX IF NOT EXISTS "idx_staff_membe_email_2b5328" ON "staff_member" ("email");
CREATE TABLE IF NOT EXISTS "rate_limit_counter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(300) NOT NULL,
    "minute" INT NOT NULL,
    "count" INT NOT NULL,
    CONSTRAINT "uid_rate_limit__key_e9aebf" UNIQUE ("key", "minute")
);
CREATE INDEX IF NOT EXISTS "idx_rate_limit__minute_71ef03" ON "rate_limit_counter" ("minute");
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "contact_id" INT REFERENCES "client_contact" ("id") ON DELETE CASCADE,
    "staff_id" INT REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
DROP TABLE IF EXISTS "rate_limit_hit";
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
PRAGMA foreign_keys = OFF;
BEGIN;
DROP TABLE IF EXISTS "password_reset";
DROP TABLE IF EXISTS "rate_limit_counter";
CREATE TABLE "staff_member_rebuilt" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "role" VARCHAR(16) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
INSERT INTO "staff_member_rebuilt" ("id", "name", "email", "role", "password_hash", "created_at", "firm_id")
    SELECT "id", "name", "email", "role", "password_hash", "created_at", "firm_id" FROM "staff_member";
DELETE FROM "sqlite_sequence" WHERE "name" = 'staff_member_rebuilt';
INSERT INTO "sqlite_sequence" ("name", "seq")
    SELECT 'staff_member_rebuilt', "seq" FROM "sqlite_sequence" WHERE "name" = 'staff_member';
DROP TABLE "staff_member";
ALTER TABLE "staff_member_rebuilt" RENAME TO "staff_member";
DROP INDEX IF EXISTS "idx_staff_membe_email_2b5328";
COMMIT;
PRAGMA foreign_keys = ON;"""


MODELS_STATE = (
    "eJztXWtz2ziy/SsofdmkruKb2LGTTba2ynHsjDN+ZCzlztTGWwwkQRYTPhQCsuzdmf9+AZ"
    "AUXyBFSiRFMv1ld0KiIfrg1X260f3fnmlPiEH3ji26JE7vDfpvz8Im4f8Re9NHPTyfB8/F"
    "A4ZHhmyKgzYjyhw8ZvzpFBuU8EcTQseOPme6bfGn1sIwxEN7zBvq1l3waGHpPxZEY/YdYT"
    "P5LV++9PgTKiX//W/eRLcm5IFQ8Ur8c/5dm+rEmEQ+W5+I75DPNfY4l8/OLXYmG4pfHmlj"
    "21iYVtB4/shmtrVqrVtMPL0jFnEwI6J75izEnyK+1Pub/b/O/eqgifuJIZkJmeKFwUJ/+k"
    "gLnvU07ep6qA1Oh5rWKwDW2LYE0PxTqfzr78QnPNt/8fLVy9cHRy9f8ybyM1dPXv3l/nQA"
    "jCso4bka9v6S7zHDbguJcQAqIw8sCeuQP1Xj6rePIcs/OY6sj2MIWg+4FbJ+kwDaYGrVgG"
    "0GcMPTP4aiZ5PSH4Z4cPV/xzcnvxzfPLk8/uOpfPPovbm4vvrgN7f5CnEXztXJxfU7iX2A"
    "9Xhm62NCk3B/HFxfqeEOicQQn+hjhv5Ehk4Tc7rVyAssspGPgyywsSm7c2QvsoM48ov5RG"
    "CjYcVcf8/fMN0k6gGISsbHwBPd8/8jx0gktpcdD0XPIXhybRmP3izJWhTnl6eD4fHlp8j4"
    "vD8enoo3+5FV4T99chQbs1Un6Pfz4S9I/BP96/rqND6Mq3bDf/XEN+EFszXLXmp4EsbIfx"
    "x8fTDq/hGjFTo5YlLrj5A2DHIpp0iArEMkSsWAjQoBrh6uQt+Zflcezh5iSYzPbIfod9av"
    "5FFCfc4/CltjosDV0/VODJ1Y7Cbor2VA/+VPJv9pcKY5eLlSFmNzjOPA/3rCJBInx4OT4/"
    "enPeUWUQLEv4W66ii6sa1RDa+YzyM8/r7EzkSLTGzxxt63Y09WbZOvzH0z/gRb+E4CJP4S"
    "8d2+MbNgs6H9nVg9laWzetnPNHZ4M26l+O3WGTy9YzQi2CEOkjJvkc1PUaQziga/HD/bPz"
    "xCOkWU8Xk02evFxqGorMKEArNpl2aTGDVthuksCe7JDDspxlNEaiMTqmEwm/hBM4h1x2b8"
    "n0cvMzD1tfijl3El3nuzL19F9QzyMNe5PriB3h6V7KDe3l49XT6KqZP3fGVsYp5FJUsY5v"
    "YYyq0b5TG3NDczwqOSHVzMLTXCvcWSPeq2xbgWVcxUjAptZCo2bCGXbYFza2Q6LQZqWAQg"
    "XWt8S7hKsAsHop9LYo5IeynytZZheG6tt7q95V0ar3ES9NdNeKP7YZPsbm7ssOFMHF89he"
    "EdetvPsrzHvJ3Ggoal+hrBUN6hoUwXo29EtdTTreSQSDkm8q7PqYiRvP/8eQ4rmbdKNZPl"
    "u79Atf7pVWtmM2xoDNPvfEAXlmLsU7cvlWh9Hpnnjd7MwnqKORfn7GQzkNPEAeg40NgwtA"
    "Aty2Y6l1Mcx+9s2yDYUsOd3kkM8BHvpSrEV0/qJYPeXV9fRHatd+fxgJTPl+9Ob568kNsV"
    "b6S76mNyLORcFWElmkko5VpfMSszTRwsTpUb3RR/iaORe+I8ahP8qAgOyvCnK6UB6AyghS"
    "pWdBtXCwPMGTBTbpRvjnNUGk7LVJgt8sA2cpok5WtxndRp2LZEz8/nOZEsl4bHclEUpNJV"
    "shB8pVhWU90xi2EbkgBEFYh+s0fFAA0E4Hhd66AQs68ECv3M66ZlczUvdR5aozkcE5HNsj"
    "T/xHHQX0dRVp4y6/Hm670EkD+6vbRrc8iLbLAlRuDkP4+uPl9cZPl9EvPa5UTGWHyrwtJ8"
    "5/Vy9usNMbAfy5o1sa9CHXZnCBJ0SClYDXlHHdoBIiB5VM+WOF26vXQVpBJXX0fXXaWO6s"
    "hJrPJVx4/qDHd1Qk0Aj3WrtOp+hsda/n8C1nR3td8efNXgqwZfdRqFBeQKsAENsKbWsgF5"
    "rCk3UG1boyASGtcRuFVRnqUYT/kjPNsJVTPs8zZj5938LQW27t2TjlIaBJuaoVsl8Rq8t9"
    "zh7a3E65s92hKpfAxlK8HZHavRGriqpzX84zGV1gidn2tpjdDtjDx34OfEobaF7CnCyO0B"
    "ecTIW7TU2Yw/nmNKl7YzQZSwvvi37TBsoAUlDnri2AZBJxfnp1fDp6p78qX3D4QLEC6N2T"
    "RqIFyIiXWjCMArgaoQ3l2Kgv3DPDkKeKt0gA8TWQr87adwPoiEYBey6sUBP8wF+GEG4IdA"
    "IQKFCFFwEAXXHkSBqIWwrRagXCBsKxcxLvJbbUkCRHK1tUvzqZsv+Xk43rrji9o4sVbGBN"
    "e4yLY8+CevsxvRV0cB0617nW07pz5JqulcdtWl1Vc9Z3mGx/zLBgyzhas9KYnLSKt+DvZy"
    "KgU0Gkjk4DDd1ogRc84HnAiykc0IEkrIG7ScYRZwjyZ+RJQQl4/8Zo/+RtHcsYWZQ1XsZY"
    "k9A28JvGVjNo4aeMvwlyVgTq9QEROrD+1er9pNWsnhVFGnYm5TXY166p4RFgESAGgVoFWa"
    "ocf1q4h/qyseoo1Ghbiu5St724M09HrqKFh8Md4RTZD+Zhl8yIB1y7qv3gaLcEepNlicYV"
    "prg1lxgTxhJEHMBjd87KWFdGtkP7xBtkWQYy9FHAhyyFifS2PJC1JBT77zUaPo6vR3zY3x"
    "0IbHg18HfYUpVvIv3FqhRzenv30+HQz76Oz85lK7PB0Mjj+c9tHH63faYHg8/DzQuFJ29e"
    "H0/dM99CuZc6tvjh2Gpo5tIpk7VXwARdRGln1r8WnpPKIxtpBI7YNM/UEajWxpI7yY8K8b"
    "k7wm4Zfe6i8SAjLe+N9gJ9ZpJxb3UnfWO90Sb7SPSaY7WmwLRcx/v30Hzf+D/RzW/8F+qv"
    "EvXsVTHOGi6f98EUj2VyDZHz/gbEcrymRFpTo4oSvhs1zUdKq5WlLB6a2QhpleYKbThWli"
    "57EIkxgS6cQcr5tHhIAtYBbbiCikLSsVzpUBWrRcbFQMpmqDCvF2fMrKJNbF014DoKmAyp"
    "vuBSENywCo4AGrP7A4wp2WElPcvUQGcYDj5zaEbzchfDu5GZeBc5EcJg3bjPNiHDmFUlJw"
    "xlWH0qZwzpyRbYU20JlyAOsESTlKwTZ/ko+WwhtV83MgDNl4q8zGW70335/RqY780JRf68"
    "MPLTdIbtkqE6Gf4YtmOjMKuXpWAp1gwGvw8gQXD/JCHEjUGKv8/ub4bNirBeYXRzlQfhF3"
    "5Qcgi1dxT9qY0EIYBxIdnMflA7yy4RQgfxxcX61hbFVAT/QxQ38iURmuskn9j+nCGgss0W"
    "ihG0y36J74vX9WNc8zYBcoZTvU4r6zfjRERXSQcKhB3ovUFdHdvBeyHFrxIQ+J1VLcqzGu"
    "7AYNb65AMroYmTrbbF3HZWGkmzzSY2E5G8ZmO3hMFka6ySMNlV1rc4BDZdc6YYbKrrXADJ"
    "Vdf45zQmTh1jz0i924VkjCeoqvJwkSeZjrfMg2WE4KcVC7mrycIOK4jlXlk0mjx4IIx+VA"
    "04Jw7uoRhXDureGEqMM6ow4hHg6qUDcM2bVxL2r9oARYByI7Qu76Qi2FN6EZbVHrG1t0SZ"
    "xts/DKTjq0Vag22F2n4m3JZI1AB0Wsi6AlQ+i2R+o3r5uursepbmybLOvz3LDxhEzOdKON"
    "4Qs7zAHl5tY9mWFLGgopoaORVv0c8aNuVJs2DiTWJoG6tgjios5jOAWu290zN60vmumU2c"
    "6jSJ1r9/n/EKuPZvayj0ZkyjULhK0JwlNGnGQu3tJ7z5N8KdCbdMi7BHmXgOMtIVzGXjjj"
    "QjHMgQQEf+YI/nQ3uyTA6YGfgUT9QZ+7WTWVhHfKo6UI7isBgH0b2N3MSkWO4LAIcMS7p9"
    "ybNoUr5tzrJCybBu2WjKWSAJbLGbjKfMCG974GXoKUV6ZTzVj/QvVa89W/xg13H1u1afYz"
    "7EG4+1j13UcoHFJBsI1tzsUOWzQdbkQOMoUWyBS6Qm6TWxoxWQgXbDKVFIyWylWdfjDE5T"
    "pYtr2K4yEM22ZJkFN62Gx7a9gA1LS5wRXin/AK8W7SLzZugKtlZXaTVq1pIOdO/pWaV61Q"
    "LTII5YFQnhYHXwwJNj3CMJ2zCtr08zBXvLlmBu3zlT+eTpErgzClfLciE8TsoDaxF1L7N1"
    "HJGJsphY6L96GgyL4owp9l3274BLBnO2LP4GpVHWyPnOnFwA2LAKbr1TS4XVHv7Qp3894e"
    "5mLOtbaCHF7NRbXiKtWV03sivzmho7gvMhUTsmqSKwRUxGBy1UFK7aGvlPz4inRL0A+UUK"
    "5FODalsh7mhMwN+9Hkzd6isW2aOkO2M+Hqx9Q2DFFOU2fqMNBSf+HWurWGM1FBdMFEEKm7"
    "M1P0RNz56vtaT18EnPaRa/X0kZddtR/UG32K+Egjuhit8KC3lgg4dfg34EeKprrB+C8vdT"
    "aT30b5OCA3ryGa8z9HqN/i690vFyVEdUL513311u29TnU+IF/RE/4l7t9On/JeeNfLmVS/"
    "pKCnrJn4Ec0IdkSwLJvp1BV4I5sIeZ1/ndcjskSIrO1wMNCS/7z/GDP+RH7bvW4vvB7QEy"
    "pUwpk+4YgRPJ4RGvrZPhot2K3FLZOZgBKPOKZurK7o3JLVUClePt1D57xzysdnzDuaIJvv"
    "HG7AruzM/SX+nqMrxmuSO143dE+P2XN9LLVP8qPHG34JngSxBat3mGWE94pWSftKv0s/01"
    "2Bzmilf9/fPzh4tf/84Oj14ctXrw5fP18d6slXWaf7u/MP4oDvh3k0iAT+Sd03cFW+9DI9"
    "/g6XO0TCF+hgiET5kdXNsKEbxr61Pfa043BC5a5K8rxB2b5KYPVLT23Ao6mFAWZFDEHEoC"
    "wawpEQhuC0AvEbc/woLjonQU+/JRQSgXtCBe8JJXjkHbJvn5yFRS6xowxvj7Xor+XjtLlo"
    "rJl+67XU3C/2kr9ykEMYFxdFFmZYsDsL6edbsS6SW3vDW9GFKTkccUcNYUTJDzQiBjflYo"
    "NbWse31ldXSOP6h724m2mS2JNMFr4nyODj6/FefUTtCNu14K8cIpYJ0vkk49pLTsoInJB1"
    "OiGT41uMV1PLdyZvai00W2I0irNrEUEIkW4ax9aQQ0+mBFQcdX6qwPQDzs9JCJe3OrPzy/"
    "9PwJpOTPrtO8hLVlO2bsb3BZNQytei8FIzWcDZ8oLsNWJi3VAFCWaZern7BAsQIvghgn+b"
    "czjO124bA93FCPQMV0wpIePdiwCL3d6yGNelSoHqxO2rq1C5ue+2TWnoQnUmU9MNVjViu4"
    "hXQy5xtBk7zzlUCmyhMuFdROybPdoSpm5lzkl4zxkx54YIJtwapaHXU1fR2t0VqlbCZS/Y"
    "yH7YDqdr2cclNx1bSwxmgzTX58TQrW1X3yevm67OJT8aoqTNyjvzur5hpVzGKIJUN+9hRF"
    "BaeMnENUhMvpO7sUK/UhD/ntqVzvt7eRErpf2/BN4FZzzT790ES+49HUmtQZZvcAzUBm71"
    "joHwLC/A/YfFgN4vQO+HdpIE4tn0flQS3OpNc6uDEyffntYtJ05k1KebBs1OIWB2U3fpVB"
    "OcVlE1ISYGGf7yZfibauGPS+A9JA9p15sSkl2APGvvOv1jGJniiRDl1dZ1cX31wW8ej1tO"
    "4L+YTzY9WeLCoEI0WoWY+jW2it0jjInBBZfUCy6Q6wgqnbcKUd91UAzVmBQgq87LdVcQ1r"
    "AIYAqF5KGQfHtQ3jDV2Tzkc90S6Q66b+Mgx86dXJnk7srAduD301FgwydPBNUbbnTcnJ8M"
    "e2pDorQNomDMYsOsidybRMySSoG6mUHbLcG8iWGiLYZuN1GibQTMKwVeBlDx0ukdOXWiXm"
    "I34TfR+IH+ffu40WOvuy7BVXHAzAoydeBMGNHMABoNh1uWGknzxQ/QgXzuu4+bgRK9pTNE"
    "kLkdyh7v2igpUvYYMrMXQbapmdnD12zUZ384qD377GfhlmszQn1yCCWMoqntIIssRZpu+h"
    "Z99YziVb5x8b3IJNiiyLJFOnAu5CVeejaVTAFyRZLJ2iv5BUjt0SxNBCJ4K07tEVktCtss"
    "M4dHQhiKbeaOPfPA2zAkSi0NYVHFw6Ig0qACa6dw5BGEHYFDfMcOcfBzbWb4bOHkqtL0uX"
    "Rzi/UUZo//qp9l8pihRpAqsE3bZj/DnoBqP52Md/7OMSxiJvrt6zMTV8pr9YZi+bVpOPYz"
    "2yl8TyYmBjZ5Ppt86timlwezoEEek4S7YAXs8ZE9UXj00y1wv30nZnXdRre3M3hpA4uZik"
    "pZMBmTM9oDagPno0ISAG5K+aum7R0VMx1sFbW4rVnexby1/Zg9Hple6zmP8EKv3dnbsN0h"
    "L8SKzTECNP8OdPX54kKJ9DhIblsKy5Q/WW670Y6e9il474ZoikQIK9imeARxOuVkxVtWm6"
    "tqVdRO/JbcFyE9FZBRzTNAgIxq0UBG+ZGD/Rz0yMF+KjsiXsXLeKqUwUxWxBcBOqQAHcKP"
    "nU0Yv4hUByd0NWn0JGo63Yz0U0jXONPbH4ezME2susyTEXwTiHRiiteeiQhSqNTATkFgU3"
    "UlxDcsHg7YZmALVe+roKgx/V6QoA4kANCmcP4dBBWCG+sMboxwfXClKwe88VMbMio1LaPS"
    "bjyDDduKt3cMqv1VQg0obQoPvc46Cm2gMeUA1glSo5SCbedSrSQ34rCS31jX3yeHTIlDxI"
    "itcQKGWvbzugO1eVRo7f3b32e8NbItgqSjGpnyvEZLzNGXj4XXAdlTFP6VN+jcGtkP/4Mw"
    "f0eeiRrcCM+xw5K3b0vu/9a6spFjL72bumxGkDfh0BNKCPrqEGob98She7roYu/96dnx54"
    "uh9unm9Oz05vTq5HTw9WnaFd4vwXV26WyB7CK7dHuCf6xC/5hcHQU9CCsZ8Bvk9xsQ0ysz"
    "WQDolQwAXeiiNCTPqZZwgWQvRRTSpiZ7CVW/VWig0dq46VqnW4dX83eq9ZrmseWrcktHZ4"
    "xYSLekAkf5B3AAuT7H5XljhCnSuXY4xgtKpApIuf2C8JRxxXFsm6au0DNL7x1uZDZLG2R2"
    "EV3Qbd1BTXD/8GWewJLDl+mBJeJdPLZh9I2ooo3TAQ6JdBDlg1zhOwcZ4TsHyfAduDlWZ+"
    "wIFEdMnerdLY5IpX+g8JCHxKBeWZNDpjET2QVVucfT7yiGROqz8Z43WssKADUwZRpxHNsp"
    "cjJFpSCbWPHjyeLYat7U3GDDUojXsnHVaVB0ad+qP8ayYeurU5FADcO2tECg3dBRnzClS9"
    "uZ3IiMuz0FIxVt0M8ipeZeU81ZtV3PSyHK0TXIs4V4a1vk2cxeOEgUoUBshhkyRPZgHPVf"
    "2g5/Mrcdhg3E5RwksgVjkV84yUyV2/+t5f+Rb3lnxqMkswa/HD/bPzxCOkWi5AiZAIXVSA"
    "rrO7G0GaazYlRWWKocMmC3MEeolqM8fNZROp11lGCzyMNc5+t/A7UqKtlB079LOhXfFjeh"
    "d0JiYOs3eXyBwUvfQbvL4G2U6gtyfK3jeXYRHNFBSBsXG9EwjMsLjVDsCSWA+5MkQ8rIgr"
    "RrY98vSa2y80PlqjNM/HArSLjdpt2zn2EbQwGfigv4zLga5l2gcstZ+YWnOXpjvq5VBVcz"
    "i/rk6rDGAFZ/NbQ2gBUMnvQF0l2DB9JvdMo31DRwa3AORYqrbl+3u0Mgx03wO7IlPAOGu1"
    "X/vVJbQ7rPzq17XV3VNPK+n2lzyJaaHjQt6FWUjgVRQjTh9fNMNc+/57v2FPHt2/cHJk+z"
    "TB5wB4I7sBHbctPVaHAHwviCdfxTWse7cgc2boirtZF352FpGtDtd7H8JrLgpNSYWL3rZ5"
    "k7P8KtwMXSpjXez7A3+Nasq+vHp0IbFoF9VMHZQ46aCsuJzh3bnCsOpfSLSYFEJwCu+1aS"
    "SKHGLd7ihTMCMSieUcDjZ8vvUnDCHwfXV2qsQyJxS0YfM/QnMvRcSf42Qrz3j+nCcrNojB"
    "a6wXSL7onf+2ev/mEQEGUvgPhc70etE9GBagHsIrt40zaeis2N3eW2bBrQec2NjOSWhTx0"
    "2KJL4mzphTqWnXQI7ZhD3tjWTfd5bth4QiZnvKsuwVSl2XrD8bnQTZ2diOTO0lxMmK+JNv"
    "0sM1YgrhmiuTYOtV/vuvMyBiBXaoLmxEHfyaNMFjU27PF3ZOrWghH0hPLN6plu8Z50Y8HP"
    "lT5aOvbKLSc8NfSpwpdX8g/cWrfWtUVkXlTR1RPeV9/r4mkf6dbYISaRvzR6FDcNpScRnV"
    "8NTm+GaG9vD11foROucVycnwzR+2v0+ZPg/sSbW+vmdPj55ur86kMfUVu4F8cLx5EZs/y/"
    "gn8eth75eLo3F6eIEuee/xdXxseEUkIRweMZEulZ2Yzozq1lLy00N/CY+Em6JBDoySp56/"
    "+KsZNDtzd/zEjXyv9QqQPIPxXSte42XStRZDfKsIRJd5Ib1ZA8ypvi+adtIFCVRtq+yRsm"
    "vJWlFzJcCgtlybyfNIVMQrffDdXt6f1Dfg5xlYwoVYZYk2yNwdOyWbg1EODtWuRwx2BXdw"
    "yYzoxCAK8EAOF8CPueuUKUYUQISMPSSUOI4IcI/gZQhKVE8NcZpN7MYLl6Wa/wbW+F9hq7"
    "DJ6uuboXqs2gZala65fVEnQrUwDRAmpsd5WslIot6QCnlWspDeHdheNXkm7esYuZCX77Dk"
    "7gCoJm/BSIRS+WJAQ7CPf+4WGu6XyYMZ0P44hDZHo6+t2NTAerD6y+rlh9riN5O6vveMFm"
    "Q9FPhyw/RdVuz0WwJVgdLckbv+8ussGMZ9jamlJw8RrIHk9khx0FjRFsaiK4oxTAhry3zp"
    "XZi+D1zR6VAddHe3RMRawNaaOWlQspk1C6Pbd36fbS0dUXrkG9JVDhQt5dnVIphcdLRC5a"
    "Ar2LGEYrFmwJXaJSQkfWaMUMvLRjVNz73Zp4EbpqkiMfjJ+4Ekmpt+irMC9Nd/Hc61TnfX"
    "6VHxeqbS+bohmmyLKRq1ChQEyVJaaiX4FQFvABNGafqMEHAHdly4+5lHQantz7fE2BG4Zx"
    "UbhlWOCWYfIE2AD9ZAebjUEzVY76RiD8nYlRSL/YnN4DVF8sfs85hKbHUhVSUtLEoUpCcu"
    "r7+mgxhGNScJwqkI0Hq292aTkmDVN4rV8qXIBgS99UuOJBy2ZzXv9UbCWvL/aR2FxLwNll"
    "w89klvrBqtN2zeq8gKcdThHkb04Hw5vzk2Evc0cpAXnF9Ztuwp6yn0ZQ59+Crj5fXEAy7c"
    "axgJEb+woyMH6jP50TXHgttanfFC6Qtenk72ewbmJIizJvYZkusm+VRNTZFhPBFhKoAljH"
    "5QDvfHhT/T8qTki/S90xfIkuWWZ/398/OHi1//zg6PXhy1evDl8/X+0fyVdZG8m78w9iL4"
    "ngryjJOMP7h0dFpncg0cGJXX7id1EJnZ/2WtEdOy4HOfbXQg0h0OnQQwg0hEDn5fT8q9rF"
    "UI1JAbIZbClkdqyUHIWg/VKC9hUztzQaFJJlxhEO57vfEuJwgv2Oohs7bZpU+uCYOPp41l"
    "Pwd96bfhZzh4M2QNm16TzqZ1B2Ipukcmmn238hkQ7a2ZUQSGJRFUDYa95BdF/kCkZ8kRGM"
    "+CIZjOjRmkmE03M+hUTqz/i0m0ih0nI7JdTbOg+zv/4f+DLhSg=="
)
