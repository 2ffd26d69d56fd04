"""The firm-wide audit log (models/audit.py): entries and the records they changed. Both are
append-only; on SQLite that is kept by the code alone (no API or code path updates or deletes
an entry; the retention pruner deletes old ones), on PostgreSQL a trigger also refuses it."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "firm_id" INT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "actor_kind" VARCHAR(16) NOT NULL,
    "staff_id" INT,
    "contact_id" INT,
    "actor_name" VARCHAR(200) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "succeeded" INT NOT NULL,
    "detail" JSON
) /* One action: who (and their name then), when, from which address, which operation. */;
CREATE INDEX IF NOT EXISTS "idx_audit_entry_firm_id_307925" ON "audit_entry" ("firm_id", "at");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_firm_id_51d5ea" ON "audit_entry" ("firm_id", "staff_id", "id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_firm_id_c66982" ON "audit_entry" ("firm_id", "operation", "id");
        CREATE TABLE IF NOT EXISTS "audit_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entry_id" BIGINT NOT NULL,
    "firm_id" INT NOT NULL,
    "record_type" VARCHAR(40) NOT NULL,
    "record_id" BIGINT NOT NULL,
    "before" JSON,
    "after" JSON
) /* One record an entry changed: its type and id, and the changed fields' values before */;
CREATE INDEX IF NOT EXISTS "idx_audit_recor_entry_i_afadc4" ON "audit_record" ("entry_id");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_firm_id_15a720" ON "audit_record" ("firm_id", "record_type", "record_id", "entry_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "audit_entry";
        DROP TABLE IF EXISTS "audit_record";"""


MODELS_STATE = (
    "eJztXW1z2ziS/isofRm7jvElfks2s7VVjmNnPOPYGVu5ndr4iqYkyGJMkRqCsuzbnf9+AE"
    "iKbyBFSCRFIv0lsUg0SD4AGv2G7n/3ps4IW2TvxCYL7Pbeo3/3bGOK6R+pOxrqGbNZdJ1d"
    "8IyBxZsaUZsB8Vxj6NGrY8MimF4aYTJ0zZlnOja9as8ti110hrShaT9El+a2+ecc657zgL"
    "0Jf5dv33r0CuGU//u/tIlpj/AzJuwW+zl71McmtkaJ1zZH7D34dd17mfFrF7Z3zhuyJw/0"
    "oWPNp3bUePbiTRx72dq0PXb1AdvYNTzMuvfcOfsU9qbBN4df57911MR/xRjNCI+NueXFPn"
    "2gR9d6un513ddvz/q63pMAa+jYDGj6qoR//QN7hVf7bw7fHr47OD58R5vw11xeefuX/+gI"
    "GJ+Qw3PV7/3F7xue4bfgGEegevjZy8Lap1fFuIbtU8jSV04jG+IYgzYAbols2CSCNppaDW"
    "BbAFz/7I8+63lKyJ8Wu3D1Pyc3p7+c3Ox8Pvljl995Ce5cXl99Cps7dIX4C+fq9PL6A8c+"
    "wno4ccwhJlm4f729vhLDHSNJIT4yhx76D7JMkpnTnUaeYVGMfBpkho1DvAeX98I7SCM/n4"
    "0YNrohmOsf6R3PnGLxACQp02MQkO6Ff5QYiQx72fJQ9FxsjK5t6yWYJUWL4uLz2W3/5POX"
    "xPh8POmfsTv7iVURXt05To3ZshP0z4v+L4j9RP+6vjpLD+OyXf9fPfZOxtxzdNtZ6MYojl"
    "F4OXr7aNTDLUaX2jlSVKu3kC4MciW7SISsizlKcsAmiQDXAFcm74wfhZtzgFgW43PHxeaD"
    "/Rt+4VBf0Jcy7CEW4BrIeqeWiW3vJuqvY0D/FU6m8Gq0p7nGYikspuYYxYF+PfY4Eqcnt6"
    "cnH896QhZRAcS/x7pSFN0UaxTDy+bzwBg+Lgx3pCcmNrvj7DupK8u22VvT/Wn6imEbDxwg"
    "9iXsvUNlZj4yvTPbc196IlUnuqsVqjusnY6XDVfpPL1rGyPagP56jxYTB+0Y9ghRJcd0EX"
    "sF9qe9q9Fb2NbQ2HWm9E9zOEF0E6P7HNGCn86MTRfay14vNWD1PEGgkaW0sG90ObjTYKCp"
    "8ENvJy7R1TAeB3/Tf9O3l48L70tpdR/Mhx9Fsfvb/v7Bwdv91wfH744O3749evd6uYdkbx"
    "VtJh8uPrH9JCFrrVb/YkNWchePUcAWLhCN5FUMZVWL7qoS/FJyWIee4+qPFMns8J5ODDdn"
    "aBNUa9lM2jaodAt+1i1sP3gT+vPNccEgh4r7m/TAhSr9Pr+VXD/xjaUkS4qTrMWTWmYdqZ"
    "ol0e49OhPlQE0SAawCTs8XN/8lzRJCKgVZwv7r1yV4Am2VyxT4vRTWvjQrBXREoiDKx4cl"
    "QD4+zMWY3UpCnBDZy4KcIAKYS8BM5sMhxiMsUnscx8KGnbPJxelSSA8oYV1QhzpRs/Lhh+"
    "vry4Ro+OEi7WD5+vnDGZUtOPS0keklVJ4I8BH2DNOScbpEFOBzkfO5ZGyZWzQG3eCh4yZt"
    "DYLb2mpzkBu1LGUP8tsjw0bckISGE8Omr/kemR5BDHjETDjmSEOBKSdsgfzP+wk9GdYcEz"
    "TAY8fFQotQxc+4s1kzY+xhF+34l5BJOKyI/kAGGrqYzfTgwVrQ1r/nGwFHyLHx7jrmJb9P"
    "f5VFP/17/PN0sCC11oK0HCCpMYhT1WVGUnUswHpXp2MzwYrKisEpMgUF4cMySt1hvk53mF"
    "HpEmy+POdIkKk0hxvmHZFwUVYsjihALF4/FIkLTjKwLwkA9Y4qI96k7zxiuydURcKbKxQR"
    "b0LF6bDdSjXkhMr1hksFdE7zM5XMrReuGtz+cvJq/+iYCffEo6t5lHU4S9KulvUhoLfRgF"
    "42avrEIBMZASZJVY38sl2Yazbj4eeZSfnNGhGlSUpw+7ba7eviJ7oy1gkcTlJWMMzd2cE7"
    "N8qBcWuNUU5SKriYOxoeHiyW4lEHt3h1AgkEcDQXFs7hysIrHbF8y/r5jKcD3N3DWytjlu"
    "Nza3U8eLC8KwDXj7g/jfpTE94kP2xTRDhVdrz+hG1fPYHiHburFWneQ9pO96KGlZ6CBUV5"
    "i4oymQ++Y9FSz9eSYyQKmvhrCdwC0ToffXVFa8/xDEv3DPJIB3RuC8Y+l32JSJtz87xuNT"
    "OLyynTGQ+6WA/kPHIAOhPka1l6hJbteCalk43dy++kwUC+5ZXORvLxucr8XfoUE0KlPjkt"
    "M48cNE5RHMSUfYmr4yfsvugj40UQe13goxdSA9AFQDNRTJaNi4kB5gKYCVXK18c5SQ27ZS"
    "7MNn721nKaZOkbcZ00qdh2RM4v5znhVi7dGPJFIWlKF9GqFNFV2bKCOM+qEf3uDOQAjQhg"
    "exXDSTxpiTxNBtDmKD0epsojhWANhSdFChCvdK8x3lmBA+g86KZjnLas4yee7GW1Wy2x1V"
    "fmXTuJ+lMUZaGMtBpvylgrAPlXv5duMYeyyEYbegJO+nh09fXyMoOnv1FV43V/6G68Vylc"
    "43t6CXQT+1QFCPdpf/1Yd2oCLdrdc8DOd8BnWLRvnB7yM/0Ck9+HoJfz326wlXfwP8Gjr2"
    "IdqjMYmflbCVZs4iq0mSVACmzuG+L02e9FVZAqXH2KrrtaI4YSQqUoaCgtdRbEDWUkXggd"
    "6pSCqKH80CHZnE+Q7QmChiBoSFvhSwArNxi2WqBXrTRsldGm/IjhTZWCRIyyInCLwu0rUZ"
    "7Kh9p3E6p26Oddxi4oDlAJbOqVUkiaNLAx1S3TrsiuQXsrfc6ok3h9dwYbIlXO2N5JcLZn"
    "1egMXPWbNcLtMdesEds/V5o1YsfkyiQjmWGXODZyxiyRIO8BBYaRn9HC9Cb08swgZMFSGh"
    "Lsaey343qGheaEZSR0HQuj08uLs6v+rihhSeX9g8EFDC6tYRoNGFzwVJgiNx/gJUFdCG8v"
    "V8z+UZlkMbRVPsBHmXQxIfuRTsyTIVSh8GYa8KNSgB8VAH4EJkQwIUI4MoQjdwdRMNRCBG"
    "IHUJaIQCxlGGeJBjc0AiSSZnZL8mnaXvLj2Hibji/q4sRaKhNU4sKb2sG/BJ3dsL4UBcy0"
    "n0xv0zn1hZuaLnhXKq2++m2W58aQvtmtZ3hzX3oSGi4TrbQS1ssxJ2BRyiFFCRum3xqFAb"
    "fM2MjKqjAhhBXmNbzI9jg1XhDB2LdHfncGPxE0cx2m5hCR9bLCnsFuCXbL1jCOBuyW8TfL"
    "wNzHzznTN0XWHNq9Xr1MWmjDOfujnzDfZPLpL004l9dXn8Lm6ST7KXumQ0wx6rk8I04CRg"
    "Awq4BZpR1ynFZH/FtT8RBdVCrYCblQ2NscJPUOuiXA8o8SMqP/tAp7iGKHLxvQwRK2o1wd"
    "LG1hWqmD2WmCMmEkUcwGVXychY1Me+A8v2eFJ5HrLFgcCCtQac64shQEqaCdRzpqBF2d/V"
    "P3Yzz0/sntb7eaQBWr+Al3duzSzdnvX89u+xo6v7j5rH8+u709+XSmoV+vP+i3/ZP+11ud"
    "CmVXn84+7u6h3/CMan0zw/XQ2HWmiCexZi9AEHGQ7dzZdFqysp+sAOgTfaep+cyVRm/hIF"
    "a1FNMdrKxK+K23/CJGwOON5aptgp64oZ4o76VW1jvdEW90iEmhO5qxBRn1P2yvoPp/sF9C"
    "+z/Yz1X+2a10rjlDNg9rSAJZVyWyrtINznF1WUtWkkrBCV2LPctHzSS6LyVJTm8BNcx0iZ"
    "lO5tOp4b7IWBJjJErM8abtiBCwBZbFLiIK+SMrhXOpgMqBmiaDqSrElp9UlEU2TgRTNicv"
    "p3w6TgA0F1B+0l0S0jgNgAoesOYDixO200piitVLZJAGOL1vQ/h2G8K3s8y4Cpxlcpi0jB"
    "mXxTixC5XMd1rZFC6ZM7Kr0EYyUwlg3SgpRyXYlk/y0VF4k2J+uUTIFaCrVGxHGtOViaXz"
    "42fq9+aHMzrXkR+b8it9+LHlBsktO6UiaAW+aM/0LClXz5JACQt4A16e6OBBWYgjigZjlT"
    "/enJz3e43A/Oa4BMpv0q78CGR2K+1JG2IihXFEoeA8rh7gpQ4nAPnX2+urFRZbEdAjc+ih"
    "/yBWorO2Sf338dweMizRYG5anmmTPfa8f9Q1zwtgZygVO9TSvjMtGaLCOsg41CDvRe6KUD"
    "fvBa9LKT/kMbJGqiy2xpXdouEtFUhG5oOp6a23rtO0MNJtHukh05wtaz0OnqKFkW7zSEOJ"
    "7cYc4FBiu0mYocR2IzBDie0fY59gWbj1AH25E9cCSlhP6fXEQcLPM5MO2RrLSUAOYleblx"
    "NEHDexqkJj0uBFEuE0HUhaEM5dP6IQzl05nPEawBKgxskAWkGUbLLgb9k42SQVAAuRspCC"
    "tzMorxnDCbFam8dqCXe1ClBVLA+NCNf4Tl4mKDaWx2hDcIMYNvUyI6VhTm3rJVCO9KtqJv"
    "F4XLquW0cxzmik0lGdsaAkmyywu2n2c96JQtudSEjYdgr0jkzWBHTbK7PXRbT4FrE5Ur8H"
    "3ai6HsemtWmSwq8zyzFGeHRuWl0MG9ti7j0/p/npxLC5spsTsp9opZWI2/ejifVhRLEy+d"
    "61jREldV/iqcf97l756dTRxCSe476wlOWORv/BtoYmzkJDAzymkgUy7BEyxh52sznQK++9"
    "TNK7SPY3Id8d5LsD31oFYYrO3B1KnR2JKCDovkTQvc/ssgDnB9xHFM0H229n1dQSVs+3Fh"
    "nclwQA+yaw+xntZLbgOAn4Obbv6mzbFK7Zb9Sk0b1t0G5odRc6MfhyBltlOWDjvK+Fh895"
    "qopcNTZMZLFSfQ3TZ8CZ804xTa1AH4Qz53WfOYeCTTUEOTrTGeOwsmnIE3SQoVkiQ/MSuX"
    "VOx6VoIUy7zaakaLRErur8jSFNt9b+0LJxbWB7iMO2XvL5nB7WY28tG4CGmBukbshdAeqm"
    "bthO2tvWDXC9VpntpLNsG8ilw8py81lK1YCEUB4I5elw8EUfG9PAYJhvs4raaGUsV7S5Po"
    "3alys7Px4jnwYZhFBuhUfIc6Ka8EFY+E+sgrwxzSkwL9+HwET2TRDCz/v2wyfAerYl6xkc"
    "aW3C2sNnuhy4cRLAdLWYBieEmj0h5DPvzWGWc651FeT4apaViusUV86eMH/njIzi3ygUTP"
    "CySakQUBaDSUUHTiUO40y0uLPv7HuC/7ynr8wmB+E1ivk9wkI9WVVldoTwPXqjoX0NHWho"
    "b28PLUxvgmwHPRgzDZk2GjrTqekhxx1h987eMSzLGbLp5ddGZl2yTqjwcs+/+JStAezeo+"
    "9z4oXxoayVi4e0DxZNSj/VJoafB9TvnezSt73wkEnQgup4gWBEEMF+bOmMyk2IjRcVoNA9"
    "j+6530P35uiefoX14r8c8Us00y9jj1tMHIs+mEFN39rkfVPBPvE5VPJyHdoz+wDCH2Tzes"
    "4WNp6wDxfBLr2yy8Hss69w5h77Bn+bIWiH0WqhCKex6FkN+SqchoIU3VpUtHqX9u0hMh8s"
    "B5fc2ezBLp5Zxgt7FYt+nD8I/Pl0UiE/OS6a0bFlugR9NcN/O1aH2sSEvt19wISeTGLST7"
    "5HO/RNgsHepb28MGS5LMkJA8lzarygCTZcHzSKECd4z5swepO+XdAjBW+hUdgQBW9BH58e"
    "Xj+eGe0QJthOzBEbcGM4CWD0n6ehwdxjozChENLvHlAw/Yhj1quPPTEWu+/RvYuJY9HfZM"
    "//+L3g+9jbEt0Z6yyMgb/tvYZGFN4RHt3ZLDI5muVsyP1Zh0f5UnXsFC1dLBlhOtHAc2bm"
    "cNlSQ9+iK1FYxfKe4UlGNn8wH34Ucfxv+/sHB2/3Xx8cvzs6fPv26N3rpTSTvVUk1ny4+M"
    "QkGy1uQFwttLMxkoI/IFBJjmxkCCDqXHFXIaTDqTzJSLillA7HCQkUDMepPoq/Hfaalll6"
    "ux7nrDicUJ2zllyuUJq3FljD8pJr2GzFxACzIF4loe8LlJnCcKEMMQRCSsQKzYwXdqg+C3"
    "r+ibQYCZxJkzyTlvFZbNHSG5g3e3kG3/C+ttLu66dZL+uLZrZHyyBeYGXd43bdB5P+jZgR"
    "zbSRwc2Ye8i3Ui6Y8Ws+G3FL7Q6zMBIHWc7wEY92fZvp4AUZGSNyPY+5s+MmX49ZeH27HI"
    "mZo/nlwJpKkEkv8hdh6RLwlFnzAmOjb8B9z3oNDM8Ll65UlzBr6ByjCaaNaEtuB/T1CJ7Y"
    "wKZvT7DracjhZlBu9P1pSczenVdzKHjZwHIZWCpHTslsB7k2wBbozm2wBdbmmmcTSJc29c"
    "WplMnY3oCxr01s+os7t/FnwxWeeEu1KMGqZ6yxPg1br+TWv1DGODZcyjg8Ss74yMRg/ps5"
    "C/0xQoeZz/ve01ZkPmV8hTu26H06+Si3s5xFhj9X1fGdfe8T6VRNdOYPE51zeu4PMp4o36"
    "TbcNCNxlh63GfEHD8uZtIM46geVTL30AnfC5zxnc0Yt7Ow0Q5ztnEyf5v7iezynthjIx66"
    "MFj7kFsn+Tlw13Zz1+wEkuOzYnrguOu5VwI05b0sCUI4ltU2X0tLdlWeSluwl4YptvN30D"
    "CXNxwYV4bz8/8zsOY7qML2Cvqn6ilRPqF8YYoJYTmc6eOZrKebdnCwT8dTw7REBxOKTH6l"
    "+wRLIJwahFODm+zDab/dpueuVDz1VuCSr+SYmnpR56kT47ZHZalKoDr1+1IVKj/f7qZplH"
    "2oznk6XD/lr6p4teTgaJexC4IEKoEtKKehKmLfncGGMKmVrS8TRRVWGdkcJYmKLJ1Ea3vH"
    "tjsJlzP3Bs7zZjhd8z4+U9Wxs4bBYpBm5gxbpr3p6vsSdKPqXAqj4ipiVvIlpDqJWs4BUB"
    "mk1Dz7mYx9NchjVROLZTlVfVbNg4IvOhSP2Ur+EiaPChwlgZia7ycJclfX6ib5Fnlj3OHE"
    "fPKTYPpnqbkpEiqxgCOlMXDrd6TEZ7mEryROBu4QCXdIjJNkEC92hyQpIQyhbWEI4PQqx9"
    "PUcnolRn287mGTMRw0Wde97Oe5kBUTUmSQhblcFuaxHn+5DN59/Jx3LDhDqQLkRbzr7I9+"
    "YopnjvYsWdfl9dWnsHn6vE8G/+AkyTo7S5oYRIhWixDjsA6q3Pn7FBkcDM09GAr5KGtFuQ"
    "WHCxRDNHS1yKGaogJkxblTHyRhjZMApqtzp4Zm1SS80qk8w2j6joGbZ2fXUjk8YyxwdXpU"
    "SEfbbDraWcxHvSHSCrq70yCn9p1S2X4fqsD2NuxHUWDjO08C1RuqdNxcnPZ7YkWiMgYhGe"
    "PZMm2iNJNIaVI5ULczyL0jmLcxrLbD0G0nqraLgE1MlghcULlPHiifD57y5M4K7TpJL7Ff"
    "lAXrdEN/3DzO9iToTiW4ag6YWUImDpyJI1oYQKMb8ZaVRtJ8CwN0oObO9uNmmk4v2rZ1Ct"
    "V12olpgYUo4B4bqihqHXbRUkpJtEqhek7lWnUrq+fEjyWJ9/54uHbx3u/FW65M0fXFxQQH"
    "uadsvGBFSMjP6D5QipdlVNj7oik2bJb9j1VgoURBJqxXY24pQD5JtiBPLU+AVCjtkkQggr"
    "fmVCiJ1SLQzQpznmSIoSB66dizALw1Q6LE1BAWJR8WBZEGNWg70pFHEHYEDvEtO8TBz7We"
    "4rOBk6tO1eezn4utJ1B7wltakcozjTWC1IpdYptagT4BVfKUjHd+pBjKqIlh++bUxKXwWr"
    "+iWH1NN4r9xHGlz8mkyEAnL6eTs8LPQd5QSYU8RQlnwST08YEzEnj08zXwsL0Ss7pppTvg"
    "DEGaRTlVUUgLKqOgIrAP1BrORwElANyWspFt4x01Wzq8ZdTipmq5inl+tZQ+npheq20e8Y"
    "XeuLO3ZdyhLMQC5pgAmr4Huvp6eSlEehglA67EylQ+uXC30U7u9jl4b8fQlIgQFlib0hHE"
    "+SYnO92y3lxVy2Kw7FmcL0J6KjBGtU8BAWNUhwYyaR852C9hHjnYz7WOsFvp8tciYbDQKh"
    "KSgDlEwhxCt511LH4JKgUndD1p9DhqJlnP6CegbnCmdz8OZz6dGqLDPAXBNxGJElO88UxE"
    "kEKlAesUBDZVjehSYZKDNU0G2Aqx9VPcSyIbJwITtcBEzbK7yxmoIwoAtC02fwVBheDGJo"
    "MbE7Y+ONJVAt70rg0ZldqWUWk7nsGWseLNHYNifxUTAyqbwv2gM0WhjSSmEsC6UWqUSrBV"
    "LtVKlhHHhfzWuv6+uHiMXcxGbIUTMNZSK+sO1GdJopXnb/85oa2RY2PEHdVoyvdrtDAo+v"
    "wy8zogZ4ziT3mPLuyB8/xfyKD38CtWsxwZM8P1sqdvK+7/zr5ykOssgpO63gSjYMKhHYIx"
    "uncxcawn7JI9k3Wx9/Hs/OTrZV//cnN2fnZzdnV6dnu/m3eE91t0nJ07WyC7yDbdnuAfq9"
    "E/xleHpAdhSQN+g/J+AzwNynJKAL2kAaClDkpD8px6DS6Q7EVGIG1rspdYtWCBBJqsJZwv"
    "dfp1i/WQU62WNE/sUJRbuKbnYRuZNhfgCH0BCiCV5yg9bYwMgkwqHQ6NOcFcBCRUf0HG2K"
    "OC49CZTk2BnFl573Ais13SoOfIyIJ+awUlwf2jwzKBJUeH+YEl7F46tmHwHYuijfMBjpEo"
    "iPJBqfCdg4LwnYNs+A6cHGsydgSKI+ZOdXWLIxLuH5Ae8hgZ1Ctrc8i04bHsgqLc4/lnFG"
    "Mkzel4r1stZUWAWgbxdOy6jiuzMyWpIJuY/PZkU2z1YGquwbAE5I0wriYVCpX4VvMxli1b"
    "X0pFArUM28oCgbZjjvpiELJw3NENy7jbE1ikkg20IqPULGiqu8u2q+1SiFB0Lfxqzu46Nn"
    "41ceYuYkUokDcxPGSx7MFG0n/puPTKzHE9w0KUzkUsW7DB8gtnLVPV9n9nhx/5M+3MeuHG"
    "rNtfTl7tHx0jkyBWcgSPwITVShPWI7b1iUEmcqasOFU1xoDtwpwwtRyXsWcd55uzjjPWLP"
    "w8M+n6X0OsSlIqqPqrJFNRtriOeSdGBrp+m8cXLHj5HFRdC95aqb4gx9cqO882giMUhLR1"
    "sREtw7i60AgBT6gA3B8kGVJBFqRtK/thSWqRnh8rV12g4sdbQcLtLnFPrUA3hgI+NRfwmV"
    "AxLDhA5ZezCgtPU/SGdF2LCq4WFvUp1WGDAazhauhsACsoPPkLRF2FB9JvKOUbahu4DTiH"
    "EsVVN6/brRDIaRX8AW8Iz61nqFX/vVZdg7vPLuwnU1zVNHFfK9Q5eEvdjJpKehW5Y4GVEM"
    "14/QJVLfDvha49QXz75v2BytMulQfcgeAObAVbbrsYDe5AGF/Qjn9I7Xhb7sDWDXG9OvL2"
    "PCxtA7r7LpbfWRacnBoTy3takbrzZ7wVuFi6tMa1An2DsmZTXD8+F9o4CfBRgc0ectTUWE"
    "505jrTmWBTyj+YFFEoAXDTp5JYCjWq8coXzojIoHiGhMfP4e8lsAn/ent9JcY6RpLWZMyh"
    "h/6DLLNUkr+1EO/9fTy3/Swag7lpeaZN9tjz/tFrfhgYRMULID3XtaR2wjoQLYBtZBdvG+"
    "OpWd3YXm7LtgFdVt0oSG4p5aEzbLLA7oZeqBPeiUJopxzy1qZuuq8zyzFGeHROu1IJpjrV"
    "1huKz6U5Nb1TltyZq4sZ9TXTRitSYxniusWa68NY+9WuuyBjAPKpRmiGXfSIX3iyqKHlDB"
    "/R1LTnHkY7hDKrV6ZNezKtOd1XNLRwnaVbjnlqyK7Al1fxA+7sO/vaxjwvKutqh/alBV3s"
    "asi0hy6eYv6kwQs7acg9ieji6vbspo/29vbQ9RU6pRLH5cVpH328Rl+/MNsfu3Nn35z1v9"
    "5cXVx90hBxmHtxOHddnjEr/Ar6eob9QsfTP7k4RgS7T/QvKowPMSGYIGwMJ4ilZ/Um2HTv"
    "bGdho5llDHGYpIsDgXaWyVv/m40dH7q92UtBulb6oVwG4J8K6Vq3m64VC7IbFWjCWJ3kRg"
    "0kjwqmePlpGxHUJZF2b/LGDd7C0gsFLoW5sGTeD5pCJiPbb8fUHcj9fboPUZEMC0WGVJNi"
    "iSGQsr14azCAd2uRwxmDbZ0x8EzPkgJ4SQAIl0M49MxJmQwTRGA0rNxoCBH8EMHfAhNhJR"
    "H8gQS0of1L0YpDWwvn7wo+dcr68XPxAjk/dWw+X8b3j55Po5aVyvfflszKr+EBJikQ+NUV"
    "R3Nq2+QDnFfYpjKEt3dwoZbE/K4jp1CF7RWcwDWEF4XJImWP4GQIFYR7/+io1HQ+KpjOR2"
    "nEIYY/H311Y/hBPwb9WBX92He5b6b1ncy9SZ/1o5DmJ6hvDqYECVMCy5sznBj2xiYFH69b"
    "3uMp71BR0DxsTHUWBlMJYH3am3IFCRN4fXcGVcD1qzM4ISwqCXdRyiqF1BQTsrlt77Pfi6"
    "KrL16te0Og4iXPVZ1SOSXaK0QuWSxeRQyTtR02hC5TU0KRNVqzBZ7rMSLb+8OKyBqybFIi"
    "c06Y4hNxqp/RPVMvp/7ieTKJSfu85y+HptiwiV/mlTVFE4Mg20G+QIUiMlE+nZqeAkE/4A"
    "NoDZ9owAcAp4qrj07l5jRj9BTaayTOYqZJ4TymxHnM7A6wBvrZDtYbg3aKHM2NQPw9M6OQ"
    "fwQ8vweoUyl/IjyGZmClkhJS8sihnkR26ofyqBzCKSrYTgXIpsP61zvenaKGKZwF2jPI45"
    "ooi0gB4pWuv3g1jA3df/HyGx1jGGVdgClmubryTGb/qgBn3+Fwzksm3C477dasLgt43v6f"
    "QP7m7LZ/c3Ha7xUy7QqQF5wFUxP2nC0rgTp9F3T19fKyl8/BK4C8T/tTH2/R5pUDdpkgA+"
    "amwxT0CYsJ2tS9OTG8Pu9IHfgTMzYAC6INJBzBUKShKZ9Jgv8JXCdp/pjvQclw5tWeFH82"
    "I0ZJ0COeeWjsuMjFc4Lf+wXHH3DMfYGcGbZZDQGf8aCF6U2Y12Oa9Z5U2jN4TMBj0hou0U"
    "QptvngOxYlW86HOEYCKJdDeRrF35Q1HcdImkO516t3v2vMVMw3gyzc+efSlwRwJr14MOBM"
    "evsMbxBz31zMPejBJdQ6OI/erGaXyPEp0OzSOUDzNbt50FIfh00h5VSXdgmtQJdiQyqrT8"
    "VpVJT2azlZ6tgeO3TEgZLAOk0HeJfDm5j/J4qNMh9yOUZIoZJw+bf9/YODt/uvD47fHR2+"
    "fXv07vWSf2RvFTGSDxefGC9J4J91r5OJsX90LGU3WFIoOLGrLxVJPNruAeuyHDtNB1U5V0"
    "INqQDyoYdUAGCWKBtyFSZ3lEM1RQXIFkQNQi0YMKS135AmmLkVoArldcQIxytkbghxvCSn"
    "ouimdps2FUs9wa45nPQE9rvgjlZkuTOiNmCy69J+pBWY7Fj9GeHSztf/YiQK6tm1GJDYop"
    "JAOGiuILpvSgU/vCkIfniTDX4IzJoy3vgYSfP++Po3qVo97xnxtsnN7K//B6Jm6TY="
)
