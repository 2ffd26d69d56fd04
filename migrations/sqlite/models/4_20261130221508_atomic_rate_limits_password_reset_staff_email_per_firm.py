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
    "eJztXWtz2ziW/SsofdmkVvEmduz0pKemynHstLsdO20rO1MTTzGQBFmM+VATlB3vTP/3BU"
    "BSfIEUIZEUidwvMx0SF6IPXvdxcO+/B7Y7JRbdO3boI/EGb9G/Bw62CfuPzJshGuDFIn7O"
    "H/h4bImmOG4zpr6HJz57OsMWJezRlNCJZy5803XYU2dpWfyhO2ENTecufrR0zD+WxPDdO+"
    "LPxbd8+TJgT6iQ/Ne/WBPTmZLvhPJX/J+Le2NmEmua+mxzyr9DPDf8p4V4du74Z6Ih/+Wx"
    "MXGtpe3EjRdP/tx1Vq1Nx+dP74hDPOwT3r3vLfmfwr80/Jujvy746rhJ8IkJmSmZ4aXlJ/"
    "70sRE/GxjG5dXIuDkdGcZAAayJ63Cg2adS8dff8U94sf/q9ZvXPx0cvf6JNRGfuXry5s/g"
    "p2NgAkEBz+Vo8Kd4j30ctBAYx6D65Lufh3XEnspxjdpnkGWfnEU2wjEBbQjcCtmoSQxtPL"
    "VawLYEuNHpP0a8Z5vSPyz+4PJ/j69Pfjm+fvbx+B/PxZun8M3F1eWHqLnLVkiwcC5PLq7e"
    "CexjrCdz15wQmof715urSzncCZEM4lNz4qP/IMukuTnda+Q5FuXIZ0Hm2LjUv/NEL6KDLP"
    "LLxZRjY2DJXH/P3vimTeQDkJbMjkEouhf9R4WRyG0vOx6KgUfw9MqxnsJZUrYozj+e3oyO"
    "P35Kjc/749Epf7OfWhXR02dHmTFbdYL+fj76BfF/on9eXZ5mh3HVbvTPAf8mvPRdw3EfDT"
    "xNYhQ9jr8+HvXoiDGUTo6M1PojpA+DXMspEiPrEYGSGrBpIcA1xJXrO7N76eEcIpbH+Mz1"
    "iHnn/EaeBNTn7KOwMyESXENd78QyieNfx/31DOg/o8kUPY3PNA8/rpTFzBxjOLC/nvgCiZ"
    "Pjm5Pj96cD6RZRA8S/J7rSFN3M1iiHl8/nMZ7cP2JvaqQmNn/j7ruZJ6u2+Vf2vp19gh18"
    "JwDifwn/7siYWfrzkXtPnIHM0lm9HJYaO6wZs1KidusMnsExGhPsEQ8JmZ+Ry05RZPoU3f"
    "xy/GL/8AiZFFGfzaPp3iAzDqqyEhMKzKZdmk181Iw5pvM8uCdz7BUYTympjUyojsFs4++G"
    "RZw7f87+efS6BNNIiz96nVXiwzf74lVazyDfFybTBzfQ29OSGurt/dXTxaOMOvnAVsYm5l"
    "lasoZh7o+h3LtRnjBLczMjPC2p4WLuqREeLpbyUXcdn2lRaqZiWmgjU7FjC7luC5xZI7OZ"
    "GqhJEYB0rfEt4KrBLrzh/Xwk9pj010W+1jJMzq31Vne4vGvza5zE/ekJb3o/7JLdzYwdfz"
    "Tnx9dAYngn3g7LLO8Ja2f4ccNaY41gKO/QUKbL8TciW+rFVnJCpB4TedfnVMpI3n/5soKV"
    "zFoVmsni3Z+gWv/wqrXv+tgyfEzv2YAuHcnYF25fMtH2IjIvO72ZJfUUe8HP2elmIBeJA9"
    "BZoLFlGTFajuubTE5yHL9zXYtgRw53cScZwMesl6YQXz1p1xn07urqIrVrvTvPElI+f3x3"
    "ev3sldiuWCMzUB/zYyHmKqeVGDahlGl9alZmkThYnLIwus3/Es8gD8R7Mqb4SUIOKomnS6"
    "UB6BKguSqmuo3LhQHmEpgpM8o3xzktDadlIcwO+e5vFDTJy7cSOmnTsO2Jnl8tciK8XAae"
    "iEWh6EqXyQL5SrKsZqZnq2GbkABEJYh+c8dqgMYCcLzK4aS+skaeFQNoC4wenzDjkUGwgc"
    "GTEQWI14bX+N5ZQwDoLOymZztt1cBP4oSpEFZLHfW1RdeO4/40RVmqI63Hm22sNYD8a9BL"
    "vzaHqsjGB3oKTvbz6PLzxUUOz+CgqifqftdfvlclXJNnegV0U+dUDQiPWH+jRHd6Ai073Q"
    "vALg7A57bowDk9wfyrJS6/d2EvZ79dEwtHlwrK9ujLRIf6DEZu/taCFZ+4Gh1mKZBCn/uW"
    "OH0MetEVpBpXn6brrlHGUEqplJGGslpnCW8op/ECdahXBuIQFVOHxP/nYC3mDUXtgTQEpC"
    "EgDRXFEsDLDY6tDthVax1bVaypgDG8rVGQ4ihrAreMbl+L8VSdat9PqLphn/cZuzAFQy2w"
    "6ZewIu3SINg2LNOpya/Beqt8z6iXeH1zx1siVc3Z3ktwdufV6A1czbs1ouOx0K2ROD/Xuj"
    "US1+SqJCNZEI+6DnJnCKOgBxQ6Rn5Gj6Y/Z48XmNJH15siSvwh/7fr+dhCS0o89MxzLYJO"
    "Ls5PL0fPZQlLau8fHC7gcOnMptGCw4XY2LRUAF4JNIXw7nLF7B9WSRbDWhUDfJhLFxNtP8"
    "qJeXKCOqQ3zQJ+WAnwwxLAD8GFCC5EoCMDHbk/iIKjFhiIPUBZgYFYyTHOEw1u6QRIJc3s"
    "l+bTtr/kx/Hxts0v6uPEWhkTTOMi2/rBP4WdXfO+NAXMdB5Mf9s59Um4ms5FVzqtvuZ9lm"
    "d4wr7sxsf+MtCepI7LVKthBe/lTAhwlnIkUcGHGbRGEeGWOxv9OUFcCXmLHufYj32PNn5C"
    "lJDAH/nNHf8XRQvP5WYOlXkva+wZ/Jbgt+zMxtGC3zL5ZTmYi0sFZcTaQ3swaHaTlvpwmi"
    "gYtHCpKUe9cM9IioATANwq4Fbphh43bIL/1hYfoo9GBb8hFyl724Ok30W3FFjBVULu9Lfr"
    "8IdodvmyBRss5TsqtMGyHqa1NpiTFahCI4k5G8zwcR8dZDpj9/tb5DoEee4j54Egj0zMhT"
    "CWQpIKenbPRo2iy9O/GwHHwxgd3/x2M5SYYjX/wq2TeHR9+vvn05vREJ2dX380Pp7e3Bx/"
    "OB2iX6/eGTej49HnG4MpZZcfTt8/30O/kQWz+hbY89HMc20kkljzD6CIushxbx02Lb0nNM"
    "EO4jnWkG1+F0aj/+givJyyr5uQqibhl8HqL+ICgm/8L7AT27QT1aPU2kanexKNjjApDUfz"
    "bUHF/I/aa2j+H+xXsP4P9guNf/4qm2sOq+ZhjUQg66pC1lV2wLmeoerJSktpOKEb8WcFqJ"
    "nUCLQkxektkYaZrjDT6dK2sfek4klMiGgxx9v2IwJhCzyLfUQU8kfWCufKAFWt250Wg6na"
    "oYromk9ZkX5LPR0nAFoIqLjprghpUgZAhQhY+8TilO+0Fk6xfokMsgBnz22gb3eBvp3fjO"
    "vAWSWHScc246oYp06hivlOa5vCFXNG9hXaWGeqAKwXJ+WoBdvqST56Cm9aza+WCLkGdLXi"
    "dmQxXZtYupg/03w0P5rRhYH8xJRfG8NPLDdIbtkrE2FYEov2Td9SCvWsBLTwgLcQ5YkvHl"
    "SFOJZokav8/vr4bDRoBeZXRxVQfpUN5ccg81fZSNqEUCWMYwkN53H9AK9sOAnIv95cXa7x"
    "2MqAnpoTH/0H8RKdjU3qv86WzoRjicZL0/JNh+7x3/tbU/O8BHaOUnlALRs7G6YpKryDXE"
    "AN8l4Urgh9816IupTqQ54Qa6XKYmdC2R0a3kpEMroc26a/2brOysJId3mkJ9xytqzNdvCM"
    "LIx0l0caSmy3FgCHEtttwgwltluBGUps/xjnBM/CbYToq924lkjCesquJwES+b4w2ZBtsJ"
    "wk4qB2dXk5AeO4jVUVOZPGT4oIZ+VA0wI6d/OIAp27djiTNYAVQE2KAbQSlmy64G9Vnmxa"
    "CoAFpiyk4O0NyhtyOIGrtT1XS3qq1YCqZnloZLgmT/IqpNhEHqMtwQ05bPplRsrCnDnWK6"
    "Ac21f1TOLZrHJdt55inLNIlVmdCVKSQx+Jt232c9GJRsedTEnYdQr0nkzWFHS7K7PXR7TE"
    "EbE9Ur+H3ei6HmemtW2Sws8Ly8VTMj0zrT7SxnaYey/IaX4yx44wdgso+6lWwwq8/YBNbE"
    "xiibXJ964cgpio95RMPR509yJIp47mJvVd74mnLHeH7H+IM0Rz93GIxmTGNAuEnSnCM594"
    "+RzotfdeJeldrPubkO8O8t1BbK0GmqK79CZKd0diCSDdVyDdB5tdHuBiwn0s0T7Zfjerph"
    "FavThaVHBfCQDs28AeZLRTOYKTIhDn2H2os2tTuOG4UZtO965Bu6XXXRrEEMsZfJXVgE3u"
    "fR28fC5SVRSasVEii7Xma5Q+A+6c92rTHJbYg3DnvOk751CwqQGSo2sv+A6rmoY8JQcZmh"
    "UyNK+Q2+R2XEYWaNpddiXFoyULVRcfDFm5jc6Hjo1rC8dDErbNks8X9LDZ9taxAWhpc4PU"
    "DYUrQN/UDbtJe9u5AW7WK7ObdJZdA7kyrawwn6VSDUig8gCVp8fkixHBdugwLPZZxW2GVT"
    "xXrLlhx+2rlZ2fzVAggzClbLciU+S7cU34kBb+X7yCPLYLCsyr9yFxkX2RUPhF3wF9Arxn"
    "O/KewZXWNrw9YqargZsUAUzXq2lwQ6jdG0LB5r09zGrBtb6CnFzNqlpxk+rK6QMR35zTUY"
    "IXpYoJWTWpRAHlHEymOgipPfSVkj++ItPh7gdKKNMiPJdSUYd4ShaW+2SzZj+jiWvbpo9c"
    "b8rUj5lrWbyMsenLaaC1/sKtc+uM5rxy89LnJNJgZ6boGb+3OIy0niEnnA5RYPUMUZjVeh"
    "jXeX6O2Egjuhyv8KC3Dieceuwb8BNFM9Py2S8/mv5cfBtl44CCfLJowf4crn7zrw++nJdu"
    "NgllX/c1XLcPJjXZgHxFz9iXBH87fc56YV0/zoX6JQRDZc3GT2hOsMfJsv7cpIHAW9GEy5"
    "vs68IekcMpsq7HwECP7Oejx9hnT8S3PZjuMuwBPaNcJZybU4YYwZM5oYmfHaLx0r91mGUy"
    "51DiMcM04Oryzh1RhZrix+d76Jx1Ttn4TFhHU+SynSMg7IrOgl9i7xm6fLymlfm6ibumvr"
    "swJ0L7JH8MWMMv8ZOYW7B6h/0Sei9vlbevzLviMz0Q0EYr/cv+/sHBm/2XB0c/Hb5+8+bw"
    "p5erQz3/qux0f3f+gR/ww6QfDZjAP2j4BlKU1J74IdrhKlMkIgENKRL1M6u7YUN3zPvWd+"
    "6p5nBCxcRG8mtCudRGYI1K/m3gR5MLA8wSDkHKoFSlcOSEgZymwN9Y4Cd+0TkPevEtoYQI"
    "3BNSvCeU8yPv0Pv2yVs65CP2pPT2TIvhWn+cseCNDTtqvdY194v7yF55yCM+E+fFbeaYe3"
    "eWIs638roI39pb1ooubeHD4XfUEEaU/IHGxGKmXGZwa+v41vkaCBlM/3CXd3NDOPaEJws/"
    "EGSx8Q39XkNE3ZS3a8leeYQvE2SySca0l4ouIwhCthmEzI+vml9NLq9NvupW3Gy50VD3rq"
    "UEgSLdNR9bRw49kdZSctRF6S6LD7goryZc3tJm5xf/n4O12DEZtdfQL9lMudA52xdsQinP"
    "p8h+nqtihumEJHuD2Ni0ZCTBMlOvcp9gAQKDHxj825zDWX/tthxoHRnoJaGYWijj+jHAMr"
    "e3HJ/pUrVAdRL0pStUQe67bVMaBlCdidR0N6va3Dri1ZFLHH3GLgwO1QJbmNpaV8S+ueMt"
    "YdIrc04ueh5l/N4eJYXs6L1Ea3dXqHoJl7v0x+737XC6En18ZKZjbx2D5SAtzAWxTGfb1f"
    "cp7EbXuRSxIWrarNTLOfQStYLLGCpI6XkPI815wvS+ronFM47pPquWYfJ1AxK57+QuMddH"
    "JYGSUE0tjpOEeSQbDZN8iaMx3mRuPgQJqYJ7TcIVCVnRIZDSGrjNB1KSs1whVpIUg3CIQj"
    "gksZPkEC8Ph6QlgYbQNRoCBL2q7Wl6Bb1Soz7blGQ8A4LxpuHlmcF9gKpqQkYMMiJWy4g4"
    "M5Ifl8N7RL4XXQfLSeoAednedfqPUWqK5yjdq63r4uryQ9Q8y/PO4b9cTDc9WbLCoEJ0Wo"
    "WYRTXJ1O5dZsTgQlDhhSDIDdUoynDdvW5Eo1CLGqoZKUBWnsfsThHWpAhguj6PWeRWTcOr"
    "nFYrYtP3DNwiP/swk08rsQWuT1UGqeHaTQ23SMSot0Raw3B3FuTMuVMp895dHdjeRP1oCm"
    "zy5Emhes2Mjuvzk9FAbkjUtkEocjw7Zk1U3iQyllQB1N0kufcE8y7SansM3W5YtX0ELCyd"
    "XgdQ2VLzmpw66ShxkCCdGOxAv9+eZ3scdqcTXA0TZlaQyYkzSURLCTQGTraslUnzJSLoQP"
    "773fNmoKRx7R4iyHQPZaJ3bZSolImGTPYqyHY1k33yWpL87E/StcvPfj/Zcm0GrU8eocSn"
    "aOZ6yCGPPK05/Rl9DY3iVX52/r3IJtihyHF5+nQmFCaqejETngIUiOST2zfyC5AKpVuaCD"
    "B4G06FklotEtusNOdJThiKk1bmnoXgbUiJkksDLUqdFgVMgwasHWXmEdCOICC+44A4xLk2"
    "M3y2CHI1afp8DHKxDSRmT/RqWGby2IlGkFqxT9vmsMSegOpIWvKd7xmGKmZi1L49M3GlvD"
    "ZvKNZfy4dhP3c95XsyGTGwyavZ5DPPtcO8oYoGeUYS7oIp2ONjdyqJ6Bdb4FF7LWZ120Z3"
    "uDOEaRbVTEWpLJiM+RkdArVB8FEiCQB3pVxY1/aOhj0d/oq1uK1ZrmOe32HGHk9Nr/U+j+"
    "RCbz3Y27HdoSrEks0xBTT7DnT5+eJCivQkTgZci5epenLhfqOdPu0L8N6NoynFEJZ4m7IM"
    "4mKXk5Nt2WyuqlURQP5bYl+E9FTgjOqeAQLOqB4NZNo/crBfwT1ysF/oHeGvsmVPZcpgqV"
    "ckEgF3iII7hB07m3j8UlIaTuhm0ugJ1Ey6mdNPIt3iTO8/D2dp21h2maeEfBOLaDHFW89E"
    "BClUWvBOAbGpuZLrGxZbB2xLsA1S3CsimxQCF7XERc2zu6s5qGMJALQrPn8NQQVyY5vkxp"
    "SvD650VYA3e2pDRqWuZVTaTWSwY1vx9oFBebyKqwG1TeFR2Jmm0MYaUwVgvTg1Si3Yapdq"
    "Jb8RJ5X8zob+PnlkRjzCR2xNEDDRclg1HGgs0kJr79/+fc5aI9chSASqkS3Oa/SIGfriMY"
    "86IHeGkr/yFp07Y/f7fyPM3pEXvGY5wgvs+fnbtzX3f+tcushzH8Obuv6coHDCoWeUEPTV"
    "I9S1HohH90zexd7707Pjzxcj49P16dnp9enlyenN1+dFV3i/xNfZRbAFsovsMuwJ8bEG42"
    "NidShGEFYyEDeoHjcgdliWUwHolQwArXRRGpLnNOtwgWQvKgppV5O9JKoFSzTQdC3hYq0z"
    "qFtsRDvVek3z2IlUuUfP9H3iINMRChxlH8AAZPock2eNEabIZNrhBC8pESogZfYLwjOfKY"
    "4T17ZNiZ5Ze+9wI7Nb2qDvquiCQWsNNcH9w9dViCWHr4uJJfxdltsw/kZkbONigBMiGqJ8"
    "UIm+c1BC3znI03fg5lib3BEojlg41fUtjkhFfEB5yBNiUK+sy5Rp7PPsgrLc48V3FBMi7d"
    "l4LzutZcWAWpj6BvE811M5mdJSkE1M/XhyGLZGODU32LAk4q1sXG0aFDrtW+1zLDu2vrRi"
    "AnUM29qIQLtxR33ClD663vSaZ9wdSDxS6QbDMqfUImxqeKu26/1SiDJ0LfJiyd+6Dnkxd5"
    "ce4kUokD/HPrJ49mCcjl+6HnuycD0fW4jJeYhnC8Y8v3DeM1Vv/7dO9Ef+zDqznoQz6+aX"
    "4xf7h0fIpIiXHCFTcGF10oV1TxxjjulczZWVlKrHGbBbmFOulqMq/qyjYnfWUc6bRb4vTL"
    "b+N1Cr0pIamv466VRsW9zEvZMQA1u/y+MLHrziHVRfD95Gqb4gx9c6P88uyBEaQto5bkTH"
    "MK6PGiHZE2oA9wdJhlSSBWnXxn5Uklpm5yfKVZeY+MlWkHC7T7vnsMQ2hgI+DRfwmTM1LL"
    "xAFZSzigpPM/QmbF3LCq6WFvWp1GGLBNZoNfSWwAoGT/EC0dfggfQbWsWGugZuC8GhVHHV"
    "7et2awRy1gS/I1vCc+Njveq/N2priPDZufNgyquapt4PS20O0dIw46aKUUURWOAlRHNRv9"
    "BUC+N7UWhPwm/fvj8webpl8kA4EMKBndiWu65GQzgQxhes4x/SOt5VOLBzQ9ysjby7CEvX"
    "gO5/iOV3ngWnoMbE6t2wzNz5I9kKQix9WuPDEnuDbc2mvH58IbRJEdhHJT57yFHTYDnRhe"
    "faC8mhVHwxKZbQAuC2byXxFGrM4lUvnBGLQfEMhYifK75L4hP+9ebqUo51QiRryZgTH/0H"
    "WWalJH8bIT7462zpBFk0xkvT8k2H7vHf+9ug/WHgEJUvgOxcH6atE96BbAHsIrt41zaehs"
    "2N3eW27BrQVc2NkuSWShE67NBH4m0ZhToWnWiEdiYgb20bpvu8sFw8JdMz1pVOMDVptl4z"
    "fC5M2/RPeHJnYS7mzNdcm2GZGcsRNyze3Jgk2q8P3YUZA1AgNUUL4qF78iSSRU0sd3KPbN"
    "NZ+gQ9o2yzemE6rCfTWrJzZYgePXcVluORGvpcEsur+QdunVvnyiEiLyrv6hnraxh28XyI"
    "TGfiEZuIXxo/8ZuGIpKIzi9vTq9HaG9vD11dohOmcVycn4zQ+yv0+RP3/fE3t8716ejz9e"
    "X55Ychoi4PL06WnicyZkV/Bfs87Dyx8QxuLs4QJd4D+y+mjE8IpYQigidzxNOz+nNiereO"
    "++ighYUnJErSJYBAz1bJW/+Hj50Yur3FU0m6VvaHCh1A/KmQrnW36VqJJLtRiSVM9Elu1E"
    "LyqHCKV5+2sUBTGmn/Jm/S4S0tvVASUlhKS+b9oClkcrr9blzdod4/YucQU8mIVGXINCnX"
    "GEIt20+2Bgd4vxY53DHY1R0D3/QtJYBXAoBwNYSjyJySyzAlBE7D2p2GwOAHBn8HXIS1MP"
    "hDDWhL/5emFYd2RufvCz5N6vrJe/ESPT9zbb5Yxw+unttxy1r1+y+rzSqo4QEuKVD49VVH"
    "C2rbFANcVNimNoR3d3GhkcT8nqtmUEXtNZzADdCLomSRqldwcoIawr1/eFhpOh+WTOfDLO"
    "LA4S9GX18OP9jHYB/rYh8HIfftrL7jpT8f8X40svwk9c3BlaDgSuB5cyZz7GztUgjwuhE9"
    "nogONQXNJ9g2OA2mFsBGrDftChKm8PrmjuuA61d3fEw5K4n0UcuqhJRNKN3et/cx6EXT1Z"
    "es1r0lUMmS57pOqYIS7TUily4WryOG6doOW0KXqymhyRpt2AMv7BiZ7/1uDbOGrppUyJwT"
    "pfhEQupn9JWbl3aweB5MarI+v4qPQzbBDg3KvPKmaI4pclwUKFQoFpPl02noV4D0AzGAzu"
    "wTLcQA4FZx/exU4U7D04fIX6NwFzMrCvcxFe5j5k+ADdDPd7DZGHRT5WhvBJLfmRuF4ivg"
    "xT1AnUr1G+EJNEMvlZKSUiQO9STyUz/SR9UQzkjBcSpBNkvr3+x6d0YapnAeaB/T+w1Rlo"
    "kCxGtDf8lqGFuG/5LlN3q2YVQNAWY2y/WVZ3LnVw04BwGHM1Ey4WbVab9mdVXAi87/FPLX"
    "pzej6/OT0aB0064BecldMD1hLziyUqizb0GXny8uBsU7eA2Qj1h/+uMtO7wKwK5CMuBhOs"
    "JAn3NO0LbhzTn2R6IjfeBPzdgQLGAbKASCoUhDWzGT1P4nCZ1k98fiCEpuZ14fSQlmM+KS"
    "FN2ThY9mroc8sqTkbVBw/I4kwhfIXRCH1xAINh70aPpzHvWw89GTWnuGiAlETDqzS7RRim"
    "05/kZkyZaLIU6IAMrVULZj/k1V13FCpD2UB4Nmz7vWXMXiMMjDXXwvfSUAd9LLBwPupHfP"
    "8Qac+/Y492AHVzDr4D56u5ZdKsenxLLL5gAttuyWYUtjFjWFlFN9OiWGJbYUH1JVeyopo6"
    "O238jNUtfx+aUjAZQC1lk5wLsa3tT8Pxk3yrwr3DEiCZ2Uy7/s7x8cvNl/eXD00+HrN28O"
    "f3q52j/yr8o2knfnH/heksI/H16nc7x/eKTkN1hJaDix6y8VSX3W7o4Yqjt2Vg6qcq6FGl"
    "IBFEMPqQDALVGVchUld1RDNSMFyJawBqEWDDjSuu9Ik8zcGlCF8jpyhJMVMreEOFmSU1N0"
    "M6dNl4qlHhPPnMwHEv9d+GZY5rnDcRtw2fXpPBqWuOx4/Rnp0i62/xIiGtrZjTiQ+KJSQD"
    "hsriG6ryqRH16VkB9e5ckPoVtTJRqfEGk/Ht/8IdVo5D2n3rZ5mP35/2yrcKs="
)
