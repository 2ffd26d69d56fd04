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
    "eJztXf1z2zbS/lcw+qXOjOJJ7NjJNTc347hJ455jp7Fy17mkQ0MSZDHhh0pAVvze5X9/AZ"
    "AUv0CKlEiKRPaXNhaxEPUAWOw+u1j8d2C7U2LRwzOHrog3+Bn9d+Bgm/B/pJ4M0QAvFtHn"
    "4gOGx5ZsiqM2Y8o8PGH80xm2KOEfTQmdeOaCma7DP3WWliU+dCe8oencRR8tHfOvJTGYe0"
    "fYXL7Lp08D/gmVkn/+yZuYzpR8I1Q8En8uvhozk1jTxGubU/Ee8nODPSzkZxcOeyMbim8e"
    "GxPXWtpO1HjxwOaus25tOkx8ekcc4mFGRPfMW4qfIt40+M3hr/PfOmriv2JMZkpmeGmx2E"
    "8fG9FnA8O4uh4ZN69HhjGoANbEdQTQ/FWp/PV34hUeHz199vzZi+PTZy94E/ma60+ef/e/"
    "OgLGF5TwXI0G3+VzzLDfQmIcgcrIN5aFdcQ/VeMatk8hy185jWyIYwzaALg1smGTCNpoar"
    "WAbQFwo9d/jETPNqV/WeKDq3+dfTh/e/bh4N3ZH4/kk4fgyeX11a9hc5evEH/hXJ1fXr+S"
    "2EdYT+auOSE0C/dvN9dXarhjIinEp+aEof8hy6SZOd1r5AUWxcinQRbYuJTdebIX2UEa+e"
    "ViKrAxsGKu/8KfMNMm6gFISqbHIBA9DP9RYiQy6mXPQzHwCJ5eO9ZDMEuKFsXFu9c3o7N3"
    "7xPj88vZ6LV4cpRYFeGnB6epMVt3gv59MXqLxJ/oP9dXr9PDuG43+s9AvBNeMtdw3JWBp3"
    "GMwo+jt49GPdxijEo7R0pq8xbSh0GuZReJkPWIRKkasEkhwDXAVdg7s6/KzTlALIvxG9cj"
    "5p3zT/Igob7gL4WdCVHgGth655ZJHPYh6q9nQH8PJ1P4abSneXi1NhZTc4zjwH89YRKJ87"
    "Ob87NfXg+UKqIGiH+PdaUpuinVqIZXzOcxnnxdYW9qJCa2eOIeualP1m2zj+wjO/0JdvCd"
    "BEj8EvHeoTOzZPOR+5U4A5Wns344LHR2eDPupYTtNjk8gzM0JtgjHpIyL5HLd1FkMopu3p"
    "49Pjo5RSZFlPF5ND0cpMahqqzChQK3aZ9ukxg1Y47pPAvu+Rx7Oc5TQmorF6pjMNv4m2ER"
    "547N+Z+nzwowDa3402dpIz54ciQfJe0M8m1hcntwC7s9Kamh3d5fO11+lDIn7/nK2MY9S0"
    "rWMMz9cZR7N8oT7mlu54QnJTVczD11woPFUjzqrsO4FVXNVUwKbeUqdmwh1+2Bc29kNqsG"
    "alwEIN3ofEu4avALb0Q/74g9Jv2lyDd6hvG5tdnrDpZ3bbzGedSfnvAm9WGX/G7u7LDRXG"
    "xfA4XjHXs6LPK8J7ydwaKGtcYawVHeo6NMl+MvRLXU873kmEg9LvK+96mEk3z05EkJL5m3"
    "ynWT5bPvYFr/8KY1cxm2DIbpVz6gS0cx9rnqSyXaXkTmSaeVWdxOsRdin51uB3KeOACdBh"
    "pblhGh5bjM5HKK7fiV61oEO2q48ztJAT7mvTSF+PqTdsmgV9fXlwmt9eoinZDy8d2r1x8O"
    "nkp1xRuZvvmYHQs5V0VaiWETSrnVV83LzBMHj1MVRrfFL/EMck+8B2OKHxTJQQXxdKU0AF"
    "0AtDDFqqpxtTDAXAAz5U759jgnpWG3zIXZId/YVkGTrHwroZM2Hdue2PnlIieS5TLwRC6K"
    "ilS6ShaSrxTLamZ6djVsYxKAqALRL+64GqCRAGyvGwMUYvbVQKG/Cbrp2VwtS53H1miJwE"
    "RCWdYWnziL+tMUZeUusxlvvt5rAPk3v5d+KYeyyEYqMQEn/3p09fHysijuk/TpFa7lq0Ds"
    "zT8/EAuHyatFM3nEO9JoGicmY8BX7IjTO78XXUHyabWJBGFHpK5iXemzfr83Gm1NbCeqgG"
    "t6vymIuWb2Ogi79so0HBaEXeX/M7Dmx1zD9hBwhYArBFzzeBhgCMCl7YBLsNGlLeUSyGyr"
    "XZ2CRH6XJnCrUhVrcZ7Kpyn2EyrfoAyOYNaCmH4HVpOhdoJtwzKdmnxz3lvpPONe4vXFHe"
    "+IVDmqqJfg7M8z7w1czbvmoYrPdc1je8BG1zyWJl/mMPKCeNR1kDtDGPk9oMC5f4lWJpvz"
    "jxeY0pXrTRElbCj+dj2GLbSkxEMHnmsRdH558fpq9Eh1YLn2/oE0ANKgM0qjBdKA2Ni0qg"
    "C8FmgK4f2dFT86KXNYnLfKB/gkc1w8VD+VD+ZnBHUob5YG/KQU4CcFgJ8ADQY0GKQjQTpS"
    "fxAFshHyZ3qAcoX8mVLkrig0tCMJkCia1S/Lp5PpHn3EyHTuTbYrRO8lCXAhu9JoCbfAJr"
    "3BE/5mNwyzpb+vKSmlRKthCV5pJgUMGkmUYJf81ogRe8EHnAgaiM0JEtvDz2g1xyxihWz8"
    "gCghPlP0xR3/RNHCc4UBSlW8Uo09A6MEjFJnFEcLjFL8zTIw5xdxT4m1h/Zg0KySVnrXTZ"
    "Ry5x61qUY9V2fERcA9A4cXHN5u2HHDJrJr2opU99GpECcaQmNvd5BGQU+agsUX4x0xBB1r"
    "1xHZv2F6OavN+2BhClKu+xXLUdroecUK+kOyfa+21WGBl8NMZlVyc9YC4OeU83MiqqIsxJ"
    "FEi97NLx/O3oyacnGSMD89LYHy03SQMAJZPErVYJpMCK2EcSSh4TyuH2CPTMyF2AYq3QCW"
    "lNrpErDtJvXfZ0tnIrBE46VpMdOhh+L7/rEHV76Ru8EghyF/ReibwyBrDFUf8pgYXDbQ5Z"
    "I5dDm2Tbbduk7Lwkh3eaQngq2yrO00eEoWRrrLIw3lElti4qFcYrswQ7nEVmCGcok/xj4B"
    "+cltLKvQ+x0/VEQ4LQdbA8TCm0cUalHuDCekFkAufQ9QhlqUe6tFqbYPaoD1h7hEL2MZ7V"
    "DxEzt0Rbxdj4DITjRSFR0pmNGT+ZlASyau7I7U70E3uk6qGqr5BAlFl7wnXVGamdauqX8f"
    "F5aLp2T6xrT6GFrdY0abf1LofI4d6RPkpLUlWg1L5Lb5GTfGJJLYeKro2iGIi3oP8QM9fn"
    "eP/UNKaG5S5noP4iCQO+T/Ic4Qzd3VEI3JjBsRCDtThGeMeNmTRbX3vjnv7lPMROL//RPy"
    "8NrMw6tO7WqbuaETnUvdpTeplF8ZSUBiWonENF/ZZQHOT0qLJNpPSNvPqmkk9UxuLVVwXw"
    "sA7LvAPuGbfjUyOC4CdPD+2fWuTeGG6fU2ucmuQbsjOankeuVyBlqyHLBx3VeZkWzenZVX"
    "EuW6seGFRRvdVxY2hHNZfVKawwJ/EM5lNX0uC8ogNJBXE15hr+BHXdci2MnJq4nLwY33FW"
    "68XyO3TQZ5ShYyyLtMJUWjpYpK528MaTkNywM3cktWDDbDt7O2VWrJHrZTbx0bgJaUGxxv"
    "/AGPN/q3O1WjZBIyYJptZmXY+uarXTPzdLxGa5iiERLTa/vKSpC1s/8MgthNU/nES+I2qs"
    "30i7gKy47al6tIOpshXwZhSvmSI1PE3Mz1ND+J4qLYzqk9Wr0PBc/zSZGuK/v2cwCAAtoT"
    "BQRHgdqgLORMrwZuXAQw3WxrwGmAdk8D+Mp7d5irRYj6CnJ8NVc17Zo0V17fE0dZus9/UG"
    "iYkHWTUnmMIpGQmw5SSp2LmGjx2fns3FLy1y1/ZTE5qKx5Lp9Rka/oOmEF9KdDdDREx0N0"
    "eHjo37PnuOgOL4bIdNDEtW2TIdebEu+zc4Aty52I6YVmnmuvy6hz4+VW/uJzsQaId4u+LC"
    "kLkxxFK49MeB8iJZL/VIdiv+CT3zt9xN/2giGT+tXY/RVFZSF2kSApLs9CYry4AYVuZYrK"
    "7SG6Nae3/FdYD/7LUeS5KxrWdl/NxV2AEmr+1qbsmxv2iZ/DLS/P5T2LH0DlFzmicgOyCL"
    "4nPlyUePyTRxLMkfgV7pKJ3+BvMxQdCNlhaMINRQroEPl+yBAFtRjFP4IKW4943wzR5Xg9"
    "uPSzI77YIwsLP4hXsfiP8wdBfj+fVMivgoYWfGyFL8FfDftvx7v3TEL5290GSujepCb/yb"
    "fogL9JMNiPeC8PAllpS0rBWLH7OcGeDxpHSAr8LJsIeZO/XdAjB2815LAhDt6Kf334MR8t"
    "Pn7i3e5Ndxn0gA6osG/n5lSMO57MAzT9rx2i8ZJ9dvhozAWUeMwx9bNnRef+EFC8enSI/C"
    "kx5ehN+YRzuRr0U2ijmSyHVU5vMs23nGOn4viCyBjMiQbMXZiTdcsh+hR9EsX/188wq5iC"
    "+8q8+1FM7r8dHR0fPz96cnz64uTZ8+cnL56sLZbsoyLT5dXFr8J6GcaZrs2GuRijSvAHAj"
    "rZiq0MAaRHax7TglIBdbuz6y2ldN5IKKBh3kj96ebd4GQ6xub2PSFXczj3E0/THNTAA6uG"
    "alIIYFXBGvizxha8rFoYYFYkViR8eoUzU5jXkhGGjL0KSS0L/CBOf2dBzz86FROBw1MVD0"
    "9l4hJ7ZHMDCnOQR+qGz4cbuV2/ZmbZeLPgFy1MWcCkHkru9s7k/0aCITMdhCVVeYh8JnIl"
    "yK/lYirZ2APBIlIXWe7kK5k+8nnR8QPCGaK4ma/57MRpXSZYXJ/xpTHKWX4cMKZU8obyRc"
    "S5fmILNi/gi32S9mfRa0Aurzy+Uj0qGM8lQXPCG/GWkgf0/Qh5At/hb0+Jx4bIlVSnJHZ/"
    "WguLd5eleQteNmQlfRpy6u566WcHfOcucIGNhd/FBDIqU31xKW3K2bZA9nVJTb/3lg55hz"
    "3l0axUixKqeiEaG3bYeqO2fssV4wx7XHEwLi70yByLOMhSpPfgMCjm676feSu6tGW0QwSv"
    "+HM++bi2s9xVRj/X1fFn59YXMrib6C7v5obU9DLmg++53uTbcNDNUKj0eFxIxO48IqwZoV"
    "EZdzIP0ZncC9zZZ0cobnfloAMRUJNi/jb3E30kexJfG+nQFRbtQ22d1OegXbutXbMTqJqe"
    "VcuDxt0uvBKgWT3KkhCE80Ndi7V0ZFeVpXEVe2lYMjd/Bw1r88LJZm00v/x/Btb8AFXYXs"
    "P4VDP3Tc65XrAJpeLyXf71wtYzTCc4gWYQG5uW6vBBEeVXuk9gAuF4Gxxv22UfTsftdjwn"
    "pOXxrIKQ/K5waZpZnjra7DBuS9UC1bnfl65Q+YVhd63360P1RtZtvVlf7qwjXsm74muBLX"
    "ZHvY6IfXHHO8KkV2m0TCYQI/bCErnpO6M0CnrSFa39HS/uJVzuko3db7vhdC37eMfdn96S"
    "W8UgLcwFsUxn19X3PuhG17kUZnbVpKyCPU93hZVzULEKUnqeUUygtAxuizDg5om91I0Q9p"
    "WCvA7MrnzuOih82yh1/SliyL3J3Lz3K+j5Z1glPQTXOAC53Rq4zZPb8Vlegb+OiwFFXYGi"
    "jmmSDOLFFHVSEkLDXQsNQyCinE7TKxCRGPXZtgcAZpD8v23Ib2YITquqmZASgxKu5Uq4zo"
    "z4y2XwHpFveUc1M5I6QF6ku17/MUpM8cxxi7Xqury++jVsnj6DkcE/yO7fZmdJC4MJ0WkT"
    "YhZeoljtTHRKDA7r5R7WgzqAjaLcgYRvzRANQwfVUE1JAbLqmpV3FWGNiwCmm2tWhrRqEt"
    "7KJRTDDOeegZvHsw9TtRNjKnBzWUooA9puGdBFLOa6I9Iahm/TIKf2nVJVVu/qwPYm7EdT"
    "YOM7TwLVD9zp+HBxPhqoHYnaFETFvLuOeROllUTKk8qBupuJxz3BvDupjn0EbG6KKsKKu6"
    "uqA+UvZj7FHK1UZzLU6d/oQAy+K33dPfnxLOhOJ7gazvpYQ6bO/ogjWpgFYuB4y1rTQT6F"
    "WSZwYcf+kz/gIvHaaQ64mgMuZ9+3ZV3lcna4eqMKsl29eiN+VkS998czs4v3fhZvubH2z3"
    "uPUBIUtXHISlxdQF+i28CzW9/BIN4X2QQ7oqyYuCKBCwUldh7PpLuLfJHsbR6NfAPUWOiW"
    "JQJpqA3XWEisFoVvVlhMISMMVwKXTqAKwNsyr0ctDbk91XN7IFzegLdTOX0GcmcgqrvnqC"
    "4Ea7ZzfHaI1DTp+rzzizwNFG5P+GhY5PLYsUZQs61PanNY4E/A9VtaJu1+5RhWcRPD9u25"
    "iWvjtXlHsf7Lojj2c9erfNgjJQY+eTmfXNwaGxQkrOiQpyThQFMFf3zsThUR/XwPPGyvxa"
    "xu2+kONENQv62aq6iUBZdRcdWoD9QWwUeFJADclfvouqY7GmY62Dr1ble3XMcCosOUP56Y"
    "Xps5j/hCbz3Y2zHtUBZihXJMAM3fA119vLxUIj2JqozWwjKVr1rab7STu30O3vshmhIVBh"
    "VsU7oCYT7l5KRbNltwaX3LpPguqRehxhKQUd1zQICM6tFAJvmR46MS9MjxUS47Ih6l79VV"
    "GYOFrEgoAnRIBTqEbzvbMH4JKQ0ndDO14CRqJt2O9FNItzjT+5+Hs7RtrDrMU5B8E4loMc"
    "VbL6cDdUBaYKcgsaluRNcOUzVY02KArRJbv+54RWTjQkBRKyhqTL9WJKgjCQC0K5y/hqBC"
    "cmObyY0Jrg+OdJWAN71rQ1mgrpUF2k9ksGOqePfAoDpeJcyA2qbwKOhMU2gji6kEsF5UGq"
    "UWbLUrtZJVxHEjv1Ohv9ilWYrAX/JKrfywn399l2GHDTeerT1zEHksmqOVZzJGHGQ6iM0J"
    "ovwFOIbYoVyeN0aYIpNRNMFLShB2pojyGYPwjBEPTVzbNln2XG3tvUMOfLfCjsytQun7rb"
    "XgOVNU/smzMlT+ybN8Kl88S7PJ4y9Eld+RD3BMREOUj0sFTI4LAibH2YAJ5Oq2ydbDnSq5"
    "U13fO1Wo9MgqD3lMDK456HKSCmainouq2mN+VnhMpL0YxpNOW1kRoBbmPgrxPNersjMlpa"
    "B+Q/XtyeHYGsHU3EJhKcRbUVxtOhQ66a32o9odW19axV46hm1toZf90FHr4vYKMipe+D6f"
    "iopX2oeqB71a08MCxgeqqDVcRW3ON7EgiuXXFAxL2HP0Jnxdq6peF1ZWK9Vhi2me4WrobZ"
    "onsBj5C0RfFgNyILUyF7sGbgv2YqLC9e6XJ2gEcnIHFnfz7AiPbvcXNXqrxHvXY9i6cO5N"
    "dWnpxPNhoc8hWxpm1HRzABxRDohFHi/FU/JtYQqAkLhfBLE5ZsgShaExCk4NI1HyGaMFpn"
    "TlelNFyHv3/sDl6ZbLw9yvxDHmmM6rOD5JqXrcn/3CnHB+TstEvE/zA96nmXi3XCuEbmFW"
    "JyU1NKt7YkaXYl25XtzGdYqJQTSwy+ML3nG+BtXXO96q/FoNddc6N8TN+sj7q/nTNaBLHw"
    "jIr/az5xDL7yIVOafQz/rZsMjd+SveCkIsfVrjwwJ/g6tmU32JRy60cRHQowrOHgrpNFjT"
    "eeG59kKxKeXnKkUSWgDcdqKSOMfCPd7q1YsiMahgVCHi58r3UnDCv91cX6mxjomkPRlzwt"
    "D/kGWWOmm1FeKDv8+Wjn+wZrw0LWY69FB83z8G7Q+DgKh4AaTn+jDpnYgOVAtgHyUeuqZ4"
    "GnY39nfAsGtA13DCsFKEDjt0Rbwdo1BnshON0E4F5K1dw3QfF5aLp2T6hnelE0xNuq0fOD"
    "6Xpm2ytyYbKFzXxPNhkfsqkDYs0dSYB203huuuHcIf8eGaoiDTGh2Ie+Qfm84QrTx3HWoT"
    "0ZdHL5EsA8AbL4iHvpIH5N7zf4gTqCJbHtmms2QkG8Rr5Fs+O5+5wuRdBWdghf83xpQg6v"
    "qRQcKlHhAlnpDmFvKEUMr/JDQ6Miu/CIKEHXTa+bBX8i9Jo6cI9xcXbOSQJlQ31jWGkDE+"
    "98PFBobpJVfqyj0t9rh4SwvMPytsWSL/hM1Nj28d2GMPPwl9P/EIC7cX5PKdKOj0Jf/Dep"
    "B7gdx3eOObt2ePj05OkcnlGDfJlfkotfcPW0+3th7IT4H8lE44Il3fhErlL3jknq+MbfIX"
    "kpKQpdLlUYYslR/FwgTauBmLBGjjztDGLXhGI2IvLKzOz083GZbxkFi8NeSu9GnlDwt8ET"
    "ge3OzxYGYyqxLAawFAuBzCYVJdpWh/Qgji/bXH++HwLRy+7YCZVsvh2zbPl3aTQWg3YB2/"
    "Y0BhvaauIMi3XP1beu2oJVitfVJ+YLXuz6YiYUHysgCvBbSLSzRSKtpzqzkFYXsN528D2e"
    "3B2fzKEbaMoIZwH52clJrOJwXT+SSNOJDz+ejrS86Djwc+ni4+nkyu2DV7e8nmI9GPRn6e"
    "4o6zICCwI1iaXmD0PVWYSpRtnMyxszOB4ON1I3s8lx1qChoj2JbpeLUANuK9aXddYQKvL+"
    "64Drh+c8dnVKTMkz5aWaWQsgmluzN57/xeNF19jsvMmTnBOQGVKkBdxbrSaUo1TH1Kk1JF"
    "et5tCNTTdZMSOcxhsW8kpV6iW2Hp23KsjHuTmrzPW/lyyCbYCQ60iKaI+8bIcZG/t6FITJ"
    "XJ3NC3ABsLbGxn9EQLbCzUF6m/vohkNvD0PnSdU/tcUVWGtChUZqhQmSG7A2yBfraD7cag"
    "mxZaeyMQf8/MKOQXg8nvAS6xql4bJoZmQBhUMlLyxOG+o+zUD+3RaginpGA7VSCbzhLeLm"
    "M/JQ1TeGOIIH5p045hgvgtUT2bzWVDBamVrA4XFOrmGnD2ick38mafm3Wn/ZrVZQHP25wS"
    "yH94fTP6cHE+GhRqlBqQV5x70BP2HH2aQJ2/C7r6eHkJF5B0jgVMVDlSkIHpKkj5nOAyaG"
    "nMwqaQA9mnnX9YwLqJIa3KvMVldGTfGkluch0m4t4SqApYp+UA73J4U/P/VJyQeZerMUIJ"
    "nTyzvx0dHR8/P3pyfPri5Nnz5ycvnqz1R/ZRkSJ5dfGr0CUJ/LP+G53jo5PTKtM7ktBwYt"
    "dfjESU4+G7vVFVY6fltMuvrh9qyEbNhx6yUSEbtSynF56RrYZqSgqQLWBLoaxJo+Qo5E/X"
    "kj+tmLm10aBQKSaNcPyOoB0hjl9KpCm6qd2mS4V4zohnTuYDBX8XPBkWMXc4agOUXZ/2o2"
    "EBZXdPPKpc2vn+X0xEQz+7EQJJLKoKCAfNNUT3aalkxKcFyYhPs8mIAa2ZRTi/2E5MpP1S"
    "O/vJFKqtqE7GvG1zM/v+/2ceu80="
)
