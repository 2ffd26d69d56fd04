"""Atomic rate-limit counters replace the per-hit rows; password reset links; a staff
member's e-mail becomes unique per firm instead of across firms. Written by hand from
aerich's output, which mixed in the SQLite statements and dropped an index that is not
there (the column's UNIQUE is the constraint staff_member_email_key)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "staff_member" DROP CONSTRAINT IF EXISTS "staff_member_email_key";
        ALTER TABLE "staff_member"
            ADD CONSTRAINT "uid_staff_membe_firm_id_5c968d" UNIQUE ("firm_id", "email");
        CREATE INDEX IF NOT EXISTS "idx_staff_membe_email_2b5328" ON "staff_member" ("email");
        CREATE TABLE IF NOT EXISTS "rate_limit_counter" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(300) NOT NULL,
    "minute" INT NOT NULL,
    "count" INT NOT NULL,
    CONSTRAINT "uid_rate_limit__key_e9aebf" UNIQUE ("key", "minute")
);
CREATE INDEX IF NOT EXISTS "idx_rate_limit__minute_71ef03" ON "rate_limit_counter" ("minute");
COMMENT ON TABLE "rate_limit_counter" IS 'Attempts counted per key and clock minute (sign-in failures, wrong link tokens).';
        CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "contact_id" INT REFERENCES "client_contact" ("id") ON DELETE CASCADE,
    "staff_id" INT REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "password_reset" IS 'A single-use, one-hour link that lets a staff member or a portal user set a new';
        DROP TABLE IF EXISTS "rate_limit_hit";"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "password_reset";
        DROP TABLE IF EXISTS "rate_limit_counter";
        DROP INDEX IF EXISTS "idx_staff_membe_email_2b5328";
        ALTER TABLE "staff_member" DROP CONSTRAINT IF EXISTS "uid_staff_membe_firm_id_5c968d";
        ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_email_key" UNIQUE ("email");"""


MODELS_STATE = (
    "eJztXW1z2za2/isYfak9l/FN7Djppjs74zh26taxU1u529m4Q0MSZDHmi0pQUby7/e8XAE"
    "nxDaQIiaRI5nxpYxIHAh8AB+cN5/xnYDkTYtKDE5suiTt4g/4zsLFF2D9SbzQ0wPN59Jw/"
    "8PDIFE1x1GZEPRePPfZ0ik1K2KMJoWPXmHuGY7On9sI0+UNnzBoa9kP0aGEbfy6I7jkPxJ"
    "uJsXz+PGBPqKD84w/WxLAn5Buh/BX/c/6oTw1iThLDNiZ8HOK57j3NxbML2zsXDfkvj/Sx"
    "Yy4sO2o8f/Jmjr1qbdgef/pAbOJij/DuPXfBP4WPNPjm8Ov8UUdN/CHGaCZkihemF/v0kR"
    "49G+j61fVQvz0b6vpAAayxY3Og2VCp+PoHPoRnhy9evn7549Grlz+yJmKYqyev//J/OgLG"
    "JxTwXA0Hf4n32MN+C4FxBKpHvnlZWIfsqRzXsH0KWTbkNLIhjjFoA+BWyIZNImijpdUAtg"
    "XADc9+H/KeLUr/NPmDq/87uTn9+eRm78PJ7/vizVPw5vL66n3Y3GE7xN84V6eX128F9hHW"
    "45ljjAnNwv3L7fWVHO4YSQrxiTH20H+RadDMmu408hyLYuTTIHNsHOo9uKIX0UEa+cV8wr"
    "HRsWStv2NvPMMi8glIUqbnICA9CP9RYiYy7GXHUzFwCZ5c2+ZTsEqKNsXFh7Pb4cmHj4n5"
    "eXcyPONvDhO7Iny69yo1Z6tO0D8vhj8j/if61/XVWXoaV+2G/xrwMeGF5+i2s9TxJI5R+D"
    "gafTTr4RGjK50cKar1R0gXJrmSUyRC1iUCJTVgk0SAa4Arl3emj9LDOUAsi/G54xLjwf6V"
    "PAmoL9igsD0mElwDWe/UNIjt3UT9dQzov8LFFD6NzjQXL1fCYmqNMRzY1xNPIHF6cnt68u"
    "5sIGURFUD8W6yrnqKbYo1yePl6HuHx4xK7Ez2xsPkb59BJPVm1zb6yDq30E2zjBwEQ/xI+"
    "7lCZWXizofNI7IFM01m91AqVHdaMaSlhu3UKz+AEjQh2iYsEzU/IYacoMjyKbn8+eXZ4/A"
    "oZFFGPraPJwSA1D6q0EhUK1KZdqk181vQZprMsuKcz7OYoTwmqjVSolsFs4W+6SewHb8b+"
    "fPWyANNQin/1Mi3EB28OxauknEG+zQ0mD24gtycpeyi3d1dOF49S4uRXtjM2Uc+SlBVMc3"
    "cU5c7N8phpmpsp4UnKHm7mjirhwWYpnnXH9pgUpaYqJok2UhVbtpGr1sCZNjKdqoEaJwFI"
    "1yrfAq4K9MJb3s8HYo1Id03kazXD+Npar3UH27syu8Zp1F8/4U3ywzbp3UzZ8YYzfnwNJI"
    "p37K1WpHmPWTvdixpW6msERXmHijJdjL4Q2VbP15JjJNWoyLs+pxJK8uHz5yW0ZNYqV00W"
    "7/4C0fq7F609x8Om7mH6yCZ0YUvmPpd9yUib88g8bzUzi8sp1pyfs5PNQM4jB6DTQGPT1C"
    "O0bMczGJ3kOH7rOCbBthzu/E5SgI9YL3UhvnrSrDHo7fX1ZYJrvb1IB6R8+vD27GbvhWBX"
    "rJHhi4/ZuRBrlYeV6BahlEl9alpmHjlonDI3usW/xNXJV+I+6RP8JAkOKvCnS6kB6AKguS"
    "imysblxABzAcyUKeWb45ykhtMyF2abfPM2cppk6RtxnTSp2HZEzi/nORFWLh2PxaZQNKXL"
    "aCH4SrKtpoZrqWEbowBEJYh+cUZqgEYEcLzK4aSeskSeJgNoc5QejzDlkUGwgcKTIgWI17"
    "rXOO+swAF0HnTTMU5b1vETO2FKuNUSR31l3rWTqL+eoiyVkdbjzRhrBSD/4vfSLeZQFtno"
    "QE/AyX4eXX26vMzg6R9U1XjdH7ob71UK1/iZXgLdxDlVAcJD1t8w1l0/gZad7jlg5zvgMy"
    "zaN06PMR+1xOT3Nujl/NcbYuLwUkERj76Kddifycis30qw4gu3R4dZAqTA5r4lTh/8XvoK"
    "UoW7r6f7rtaIoYRQKQsaSkudBXFDGYkXQoc6pSBqKD90SPw/A2t+3FDYHoKGIGgIgobyfA"
    "lg5QbDVgv0qrWGrTLalB8xvK1SkIhR7gncsnD7SpSn8qH23YSqHfp5l7ELUjBUAlv/ElYk"
    "TRoEW7pp2BXZNVhvpe8ZdRKvL85oS6TKGds7Cc7urBqdgat+s0Z4POaaNWLn51qzRuyaXJ"
    "lkJHPiUsdGzhRh5PeAAsPIT2hpeDP2eI4pXTruBFHiafxvx/WwiRaUuGjPdUyCTi8vzq6G"
    "+7KEJZX3DwYXMLi0hmk0YHAhFjZMFYBXBHUhvLtcMYfHZZLFsFb5AB9n0sWE7Ec5MU+GsA"
    "/pTdOAH5cC/LgA8GMwIYIJEcKRIRy5O4iCoRYiEDuAskIEYinDOE80uKURIJE0s1uST9P2"
    "ku/Hxtt0fFEXF9ZKmWASF9nWDv4x6OyG99VTwAz7q+Ftu6Y+ClPTheiqT7uvfpvlOR6zkd"
    "162Fv40pPUcJlopZWwXk4FAY9SDilK2DD91igMuOXGRm9GEBdC3qDlDHuR7dHCT4gS4tsj"
    "vzijHyiauw5Xc6jMellhz2C3BLtlaxhHA3bL+MgyMOeXCkqRNYf2YFAvk5bacOooGDR3qC"
    "FHPZdnxEnACABmFTCrtEOO0+qIf2sqHqKLSgW/IRcKe9uD1L+Lbgmw/KuE3OhvVWEP6dnl"
    "ywZ0sITtKFcHS1uY1upgdpqgTBhJFLPBFB9naSPDHjnf3iDHJsh1ljwOBLlkbMyFshQEqa"
    "C9RzZrFF2d/VP3Yzz04cntr7eaRBWr+Bfu7Nijm7PfPp3dDjV0fnHzQf9wdnt78v5MQ79c"
    "v9VvhyfDT7c6E8qu3p+92z9Av5I50/rm2PXQ1HUsJJJY8wFQRB1kO3c2W5buExpjG/Eca8"
    "gyvgml0Vs6CC8mbHRjUlYl/DxYfREnEPHGf4Ce2KSeqO6l7q13uiPe6BCTQnc0Zwsq6n/Y"
    "vofq/9FhCe3/6DBX+eev0rnmsGoe1pAEsq4qZF1lB5zj6qqWrCRVDxd0LfYsHzWD6r6UpL"
    "i8JdSw0hVWOl1YFnafVCyJMZJerPGm7YgQsAWWxS4iCvkjK4VzpYCq1u1OksFSbVFF9J4v"
    "WZF+Sz0dJwCaC6i46a4IaZwGQAUPWPOBxQnbaSUxxf1LZJAGOH1uQ/h2G8K3s8y4CpxVcp"
    "i0jBmXxThxCpXMd1rZEi6ZM7Kr0EYyUwlg3SgpRyXYlk/y0VF4k2J+uUTIFaDbq9iONKZr"
    "E0vnx8/U780PV3SuIz+25Nf68GPbDZJbdkpF0Ap80Z7hmUqunhVBLyzgDXh5oosHZSGOKB"
    "qMVX53c3I+HDQC84tXJVB+kXblRyDzV2lP2phQJYwjih6u4+oBXulwEpB/ub2+WmOxlQE9"
    "McYe+i/iJTprW9R/ny7sMccSjRaG6Rk2PeC/94+61nkB7BylYoda2nemJUNUeAcZhxrkvc"
    "jdEf3NeyHqUqpPeYyskSqLrXFlt2h6SwWS0cXIMrzN9nWaFma6zTM95pqzaW7GwVO0MNNt"
    "nmkosd2YAxxKbDcJM5TYbgRmKLH9fZwTPAu3HqCvduNaQgn7Kb2fBEjk29xgU7bBdpKQg9"
    "jV5u0EEcdN7KrQmDR6UkQ4TQeSFoRz148ohHNXDme8BrACqHEygFYSJZss+Fs2TjZJBcBC"
    "pCyk4O0MyhvGcEKs1vaxWtJTrQJUe5aHRoZr/CQvExQby2O0JbhBDFv/MiOlYU4d6yVQjv"
    "SrahbxdFq6rltHMc5opMpRnbGgJJsuibtt9nPRSY+OO5mQsOsU6B1ZrAnodldmr4toiSNi"
    "e6R+C7rp636cGua2SQo/zU0HT8jk3DC7GDa2w9x7fk7z0xm2hbKbE7KfaKWViNv3o4n1cU"
    "SxNvnetU0QI3Wf4qnH/e6e+enU0cygnuM+8ZTljsb+Q2wNzZylhkZkyiQLhO0JwlOPuNkc"
    "6JX3XibpXST7G5DvDvLdgW+tgjBFZ+GOle6ORBQQdF8i6N5ndlmA8wPuI4rmg+13s2tqCa"
    "sXR4sK7isCgH0b2P2MdipHcJwE/By7d3W2bQnX7Ddq0ujeNmi3tLpLnRhiO4Otshywcd7X"
    "wsvnIlVFrhobJrJYq76G6TPgznmnmKZWoA/CnfO675xDwaYaghwda845rGoa8gQdZGhWyN"
    "C8Qm6T23EpWgjTbrMpKZotmas6/2BI0210PrRsXhs4HuKwbZZ8PqeHzdhbyyagIeYGqRty"
    "d0B/UzfsJu1t6ya4XqvMbtJZtg3k0mFlufkslWpAQigPhPJ0OPhiSLAVGAzzbVZRG62M5Y"
    "o1162ofbmy89Mp8mkQppRxKzJBnhPVhA/Cwn/gFeSxlVNgXr0PiYnssySEX/Tth0+A9WxH"
    "1jO40tqEtUesdDVw4ySA6XoxDW4INXtDyGfe28Os5lzrKsjx3awqFdcprpx9JWLMGRnFf1"
    "EomJBVk1IhoDwGk4kOgkoexplocWff2feU/HnPhswXBxU1isU7ykM9eVVlfoXwDXqhoUMN"
    "HWno4OAALQ1vhmwHPeC5hgwbjR3LMjzkuBPi3tl72DSdMV9efm1k3iXvhAkv9+KLT/keIO"
    "49+rKgXhgfylu5ZMz64NGk7FNtiv08oH7vdJ+N9sJDBkVLpuMFghFFlPixpXMmNyE+X0yA"
    "Qvciuuf+AN0bk3v2FeaTPzjql2hmX8Z/bjlzTPbDHGo2akP0zQT7xOcwyct1WM/8A6j4IV"
    "vUczYJ/kp8uChx2ZN9AeaQf4Wz8Pg3+McMRXucVgtFOI1Hz2rIV+E0FKTo1qKi1fusbw/R"
    "xWg1ufTO5j/skrmJn/hQTPZx/iSI32eLCvnJcdGczS3XJdjQsD86XofaIJSN7j5gQl8Nar"
    "BPvkd7bCTBZO+zXp44skKWFISB5GnhJzQj2PVBYwgJgjeiCac32OiCHhl4S43Bhhh4S/bz"
    "6en145nRHuWC7cyY8AnH41kAo/97GhotPD4LMwYh++4RA9OPOOa9+thTvNx/g+5dQh2T/U"
    "0P/I8/CL6Pj5bqzlTnYQxitPcamjB4J2RyZ/PI5GiV8yn3Vx2Z5EvVsVu0bLNkhOlEA8+Z"
    "G+NVSw19jp5EYRWrd9hTjGx+azx8L+L43w4Pj45eHz4/evXj8cvXr49/fL6SZrKvisSatx"
    "fvuWSjxQ2I64V2PkdK8AcEfZIjG5kCiDrvuasQ0uFUnmQkPFJKh+OEBD0Mx6k+ir8d9pqW"
    "WXq7HufcczihOmctuVyhNG8tsIblJTew2cqJAWZJvEpC35coM4XhQhliCIRUiBWa4yd+qT"
    "4Lev6NtBgJ3ElTvJOW8Vns0NIbmDcHeQbf8L221u7rp1kv64vmtkcTUy+wsh4Iu+6Dwf6N"
    "uBHNsBEWZswD5Fspl9z4tZhPhKV2j1sYqYNMZ/xIJvu+zXT0hHDGiFzPz9zZcZOvxy28vl"
    "2OxszR4nFgTaXIYA/FQHi6BGJxa15gbPQNuG94r4HheemynepSbg1dEDQjrBFrKeyAvh4h"
    "EhvYbPSUuJ6GHGEGFUbfH1bEfOyimkPBYAPLZWCpnDglsx3k2gBboDu3wRZYm2ueLyBd2d"
    "QXp+pNxvYGjH1tYtMf3YVNPmBXeuMt1aIEq57zxroVtl7LrX9mjHGKXcY4PEbO+cgMc//N"
    "gof+4NBh5vO+N6wVXVicrwjHFnvPFh/jdqazzPDnqjq+s+99Ip2pic7iYaYLTi/8Qfgr45"
    "vsGA660ThLj/uMuOPHJVya4RzVY0rmAToRZ4EzvbM543aWNtrjzjZB5h9zP9B90RP/2YiH"
    "LjFvH3LrJD8H7tpu7ppdQGp8Vk4PHHcz90qAprqXJUEI17La5mtpyakqUmlLztIwxXb+CR"
    "rm8oYL473h/OL/GVjzHVRh+x76p+opUT5jfMEilPIczuznuaynG3ZwsU8nFjZM2cWEIpNf"
    "6T7BEgi3BuHW4DbncNpvt+29qz7eeitwyVdyTa1/UeepG+O2x2SpSqA69fvqK1R+vt1t0y"
    "j7UJ2LdLh+yt++4tWSi6Ndxi4IEqgEtqCcRl8R++KMtoSpX9n6MlFUYZWR7VFSqMjSSbR2"
    "d227k3A5C2/kfNsOp2vRxwemOnbWMFgM0tyYE9Owt919H4Nu+rqWwqi4ipiVegmpTqKWcw"
    "FUBal+3v1Mxr5i+ljVwuJZTvu+qhZBwRcdisfsJH8Jl0cljpJATM33kwS5q2t1k3yOvDHu"
    "eGZ89ZNg+nephSkSKrGAI6UxcOt3pMRXuYKvJE4G7hAFd0iMk2QQL3aHJCkhDKFtYQjg9C"
    "rH0/rl9ErM+nTTyyZTuGiyqXvZz3OhKiakyCALc7kszFM9PrgM3kPyLe9acIayD5AX8a6z"
    "34eJJZ652rNiXZfXV+/D5un7Phn8g5skm5wsaWIQIVotQkzDOqhq9+9TZHAxNPdiKOSjrB"
    "XlFlwu6BmioatFDdUUFSArz536oAhrnAQwXZ87NTSrJuFVTuUZRtN3DNw8O7uWyuEZY4Hr"
    "06NCOtpm09HOYz7qLZHuobs7DXLq3CmV7fehCmxvw356Cmz85EmgesOUjpuL0+FArkhUxi"
    "AUYzxbpk2UZhIpTSoH6nYGuXcE8zaG1XYYut1E1XYRsJnBE4FLKvepA+XzwVOR3LlHp07S"
    "S+wXZSE6O9Aft4+zPQm66xNcNQfMrCCTB87EES0MoNFxvGWlkTSfwwAdqLmz+7iZptOLtm"
    "2fQnWddmJaYCEKuMeWKkq/LrtoKaUk2qVQPadyrbqV1XPi15LkZ388XLv47PfiLdem6Pro"
    "EkqC3FM2WfIiJPQndB8oxasyKny8yCLY5tn/eAUWRhRkwno2FZYC5JNkC/LU8guQCqVdkg"
    "hE8NacCiWxWyS6WWHOkwwxFEQvHXsWgLdhSJScGsKi1MOiINKgBm1HOfIIwo7AIb5jhzj4"
    "uTZTfLZwctWp+nzwc7ENJGpP+EorUnmsWCNIrdgltqkV6BNQJa+X8c6PDEMVNTFs35yauB"
    "Je61cUq6/pxrCfOa7yPZkUGejk5XRyXvg5yBuqqJCnKOEumII+PnImEo9+vgYetu/Fqm5a"
    "6Q44Q5BmUU1VlNKCyiipCOwDtYHzUUIJALelbGTbeEfNlg5vFbW4rVrexzy/WkofTyyv9T"
    "aP+EZv3NnbMu5QFmIJc0wAzcaBrj5dXkqRHkfJgCuxMpVPLtxttJOnfQ7euzE0JSKEJdam"
    "dARxvsnJTresN1fVqhgs/y3BFyE9FRij2qeAgDGqQxOZtI8cHZYwjxwd5lpH+Kt0+WuZMF"
    "hoFQlJwByiYA5hx84mFr8EVQ8XdD1p9ARqBt3M6CehbnCldz8OZ2FZWHaZpyD4JiLpxRJv"
    "PBMRpFBpwDoFgU1VI7pSmNRgTZMBtlJs/RT3isjGicBELTFR8+zuagbqiAIAbYvNv4egQn"
    "Bjk8GNCVsfXOkqAW/61IaMSm3LqLQbz2DLWPH2jkG5v4qLAZUt4WHQWU+hjSSmEsC6UWqU"
    "SrDtXaqVLCOOC/mtdf19dMmUuITP2BonYKylVtYdqM+TRGvv3/5zxlojxyZIOKqRJc5rtM"
    "QMffGYex2QM0XxX3mDLuyR8+1/EGbvyDNesxzhOXa97O3bivu/s68c5DrL4KauNyMoWHBo"
    "jxKC7l1CHfMrcemBwbs4eHd2fvLpcqh/vDk7P7s5uzo9u73fz7vC+zm6zi6cLZBdZJduT/"
    "CP1egfE7tD0YOwogG/QXm/AbGCspwKQK9oAGili9KQPKdegwske1ERSNua7CVWLVgigSZr"
    "CedLnX7dYj3kVOslzRM7FOWWruF5xEaGLQQ4ygbAAGTyHKNnjRGmyGDS4RgvKBEiIGX6C8"
    "JTjwmOY8eyDImcWXnvcCOzXdKg56jIgn7rHkqCh8cvywSWHL/MDyzh79KxDaMvRBZtnA9w"
    "jKSHKB+VCt85KgjfOcqG78DNsSZjR6A4Yu5S729xRCr8A8pTHiODemVtDpnGHs8uKMs9nn"
    "9HMUbSnI73vNVSVgSoiamnE9d1XJWTKUkF2cTUjyebYasHS3MDhiUhb4RxNalQ9IlvNR9j"
    "2bL91atIoJZhW1kg0G7MUR8xpUvHndzwjLsDiUUq2UArMkrNg6a6u2q73i6FKEPXJM8W/K"
    "1jk2czZ+EiXoQCeTPsIZNnD8ZJ/6Xjsidzx/WwiRidi3i2YMzzC2ctU9X2f2eHH/kT68x8"
    "Esas259Pnh0ev0IGRbzkCJmACauVJqxHYuszTGdqpqw4VTXGgN3CnDC1vCpjz3qVb856lb"
    "FmkW9zg+3/DcSqJGUPVf8+yVSMLW5i3omRga7f5vkFC14+B+2vBW+jVF+Q42udnWcXwRE9"
    "hLR1sREtw7i60AgJT6gA3O8kGVJBFqRdK/thSWqZnh8rV12g4sdbQcLtLnFPrUA3hgI+NR"
    "fwmTExLLhA5ZezCgtPM/TGbF/LCq4WFvUp1WGDAazhbuhsACsoPPkbpL8KD6Tf6JVvqG3g"
    "NuAcShRX3b5ud49ATqvgD2RLeG493K/677XqGsJ9dmF/NeRVTRPvtUKdQ7TUjaipoldROB"
    "Z4CdGM1y9Q1QL/Xujak8S3b98fqDztUnnAHQjuwFaw5baL0eAOhPkF7fi71I535Q5s3RTX"
    "qyPvzsPSNqC772L5jWfByakxsXqnFak7f8ZbgYulS3tcK9A3GGs25PXjc6GNkwAfldjsIU"
    "dNjeVE565jzSWHUv7FpIiiFwA3fSuJp1BjGq964YyIDIpnKHj8HDEuiU34l9vrKznWMZK0"
    "JmOMPfRfZBqlkvxthPjg79OF7WfRGC0M0zNsesB/7x+D5qeBQ1S8AdJrXUtqJ7wD2QbYRX"
    "bxtjGemtWN3eW2bBvQZdWNguSWSh46bNMlcbf0Qp2ITnqEdsohb27rpvs0Nx08IZNz1lWf"
    "YKpTbb1h+FwaluGd8uTOQl3MqK+ZNlqRGssR103eXB/H2q933QUZA5BPNUFz4qJH8iSSRY"
    "1NZ/yILMNeeATtUcasnhk268kwF+xc0dDSdVZuOe6pofsSX17FP3Bn39nXNhF5UXlXe6wv"
    "LehiX0OGPXaJRcQvjZ74TUPhSUQXV7dnN0N0cHCArq/QKZM4Li9Oh+jdNfr0kdv++Js7++"
    "Zs+Onm6uLqvYaow92L44XrioxZ4Vew4WH7ic2nf3Nxiihxv7J/MWF8TCglFBE8niGentWb"
    "EcO9s52ljeYmHpMwSZcAAu2tkrf+L587MXUH86eCdK3sQ4UMID4V0rXuNl0rkWQ3KtCESX"
    "+SGzWQPCpY4uWXbURQl0TavcUbN3hLSy8UuBQW0pJ532kKmYxsvxtTdyD3D9k5xEQyIhUZ"
    "Uk2KJYZAyvbircEA3q1NDncMdnXHwDM8UwngFQEgXA7h0DOnZDJMEIHRsHKjIUTwQwR/C0"
    "yElUTwBxLQlvavnlYc2lk4f1fwqVPWj9+Ll8j5qWvz+TK+f/XcilpWKt9/XjErv4YHmKRA"
    "4O+vOJpT2yYf4LzCNpUhvLuLC7Uk5ncdNYUqbN/DBVxDeFGYLFL1Ck6GsIdwHx4fl1rOxw"
    "XL+TiNOMTw56Pf3xh+0I9BP+6Lfuy73LfT+k4W3mzI++mR5iepbw6mBAVTAs+bM55he2uT"
    "go/XrejxVHTYU9A8gi2dh8FUAtiQ9da7goQJvL44oyrg+sUZnVAelUS6KGWVQsoilG5v2/"
    "vg99LT3Rev1r0lUPGS531dUjkl2itELlksvo8YJms7bAldpqZET/ZozRZ4ocfIbO8PayJr"
    "6KpJicw5YYpPJKh+QvdcvbT8zfPVoAbr814MDlkE29Qv88qbohmmyHaQL1ChiEyWT6emX4"
    "GgH/ABtIZPNOADgFvF1UenCnMannwN7TUKdzHTpHAfU+E+ZvYE2AD9bAebzUE7RY7mZiA+"
    "zsws5F8Bz+8B6lSq3wiPoRlYqZSElDxyqCeRXfqhPKqGcIoKjlMJsumw/s2ud6eoYQlngf"
    "YwfdwQZRkpQLzW9RevhrGl+y9efqNjDKOsCzDFLNdXnsmcXxXg7DsczkXJhNtVp91a1WUB"
    "zzv/E8jfnN0Oby5Oh4NCpl0B8pK7YP2EPefISqDOxoKuPl1eDvI5eAWQD1l//cdbdnjlgF"
    "0myIC76QgDfcZjgrZ1b86wNxQd9Qf+xIoNwIJoAwVHMBRpaMpnkuB/EtdJmj/me1AynHm9"
    "J8VfzYhTUvRI5h6aOi5yyYKSN37B8QcSc18gZ05sXkPAZzxoaXgz7vWwst6TSnsGjwl4TF"
    "rDJZooxbYYfSGyZMv5EMdIAOVyKFtR/E1Z03GMpDmUB4N6z7vGTMXiMMjCnX8vfUUAd9KL"
    "JwPupLfP8AYx983F3IMeXEKtg/vozWp2iRyfEs0unQM0X7NbBC31adgUUk516ZTQCnQpPq"
    "Wq+lScpo/Sfi03Sx3b45eOBFAKWKfpAO9yeFPj37LYKOMhl2OEFH0SLv92eHh09Prw+dGr"
    "H49fvn59/OPzFf/IvipiJG8v3nNeksA/616nM3x4/ErJbrCi6OHCrr5UJPVYuweiq3LsNB"
    "1U5VwLNaQCyIceUgGAWaJsyFWY3FEN1RQVIFsQNQi1YMCQ1n5DmmTlVoAqlNeRIxyvkLkl"
    "xPGSnD1FN3XatKlY6glxjfFsILHfBW+0IssdjtqAya5L55FWYLLj9WekWztf/4uR9FDPrs"
    "WAxDeVAsJB8x6i+6JU8MOLguCHF9ngh8CsqeKNj5E074+v/5Cq1fOeEW+bPMz++n+brDU7"
)
