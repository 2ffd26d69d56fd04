"""Stage items (the stage a request or thread was linked in), the template an item came
from, and task templates on stages. Items linked before this migration count as items of
their job's current stage. Written by hand from aerich's output: its SQLite statements
(ALTER TABLE ... ADD CONSTRAINT) are not SQLite, and its PostgreSQL file may repeat them."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "task_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "message" TEXT NOT NULL,
    "tasks" JSONB NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "task_template" IS 'Client tasks kept for reuse: a stage automation opens a thread with them.';
        ALTER TABLE "chat_thread" ADD "task_template_id" INT;
        ALTER TABLE "chat_thread" ADD "job_stage_id" INT;
        ALTER TABLE "client_request" ADD "template_id" INT;
        ALTER TABLE "client_request" ADD "job_stage_id" INT;
        ALTER TABLE "stage" ADD "task_template_id" INT;
        ALTER TABLE "chat_thread" ADD CONSTRAINT "fk_chat_thr_stage_c94d3afa" FOREIGN KEY ("job_stage_id") REFERENCES "stage" ("id") ON DELETE SET NULL;
        ALTER TABLE "chat_thread" ADD CONSTRAINT "fk_chat_thr_task_tem_74f2a74b" FOREIGN KEY ("task_template_id") REFERENCES "task_template" ("id") ON DELETE SET NULL;
        ALTER TABLE "client_request" ADD CONSTRAINT "fk_client_r_stage_027802e3" FOREIGN KEY ("job_stage_id") REFERENCES "stage" ("id") ON DELETE SET NULL;
        ALTER TABLE "client_request" ADD CONSTRAINT "fk_client_r_request__511a1abc" FOREIGN KEY ("template_id") REFERENCES "request_template" ("id") ON DELETE SET NULL;
        ALTER TABLE "stage" ADD CONSTRAINT "fk_stage_task_tem_03a1e2f3" FOREIGN KEY ("task_template_id") REFERENCES "task_template" ("id") ON DELETE SET NULL;
        UPDATE "client_request" SET "job_stage_id" = (SELECT "stage_id" FROM "job" WHERE "job"."id" = "client_request"."job_id") WHERE "job_id" IS NOT NULL;
        UPDATE "chat_thread" SET "job_stage_id" = (SELECT "stage_id" FROM "job" WHERE "job"."id" = "chat_thread"."job_id") WHERE "job_id" IS NOT NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "client_request" DROP CONSTRAINT IF EXISTS "fk_client_r_request__511a1abc";
        ALTER TABLE "client_request" DROP CONSTRAINT IF EXISTS "fk_client_r_stage_027802e3";
        ALTER TABLE "chat_thread" DROP CONSTRAINT IF EXISTS "fk_chat_thr_task_tem_74f2a74b";
        ALTER TABLE "chat_thread" DROP CONSTRAINT IF EXISTS "fk_chat_thr_stage_c94d3afa";
        ALTER TABLE "stage" DROP CONSTRAINT IF EXISTS "fk_stage_task_tem_03a1e2f3";
        ALTER TABLE "chat_thread" DROP COLUMN "task_template_id";
        ALTER TABLE "chat_thread" DROP COLUMN "job_stage_id";
        ALTER TABLE "client_request" DROP COLUMN "template_id";
        ALTER TABLE "client_request" DROP COLUMN "job_stage_id";
        ALTER TABLE "stage" DROP COLUMN "task_template_id";
        DROP TABLE IF EXISTS "task_template";"""


MODELS_STATE = (
    "eJztXWtz2ziy/SsofdmkrpJK7NjJJltb5Tj2jDN+ZGzlztQmUwwkQRZjkVQIyrLvzvz3C4"
    "Ck+AIpQiIpEtNfdickGqIPXv046P5vz3LGZEafH9l0SdzeW/Tfno0twv4j9aaPeng+j57z"
    "Bx4ezkRTHLUZUs/FI489neAZJezRmNCRa84907HZU3sxm/GHzog1NO3b6NHCNn8siOE5t8"
    "Sbim/58qXHnlAh+ccfrIlpj8kDofwV/+f8zpiYZDZOfLY55t8hnhve41w8O7O9U9GQ//LQ"
    "GDmzhWVHjeeP3tSxV61N2+NPb4lNXOwR3r3nLvifwr80+JvDv87/6qiJ/4kxmTGZ4MXMi/"
    "3pQyN61jOMy6uBcXMyMIyeAlgjx+ZAs0+l4q+/5Z/wbO/lq9ev3uwfvnrDmojPXD15/Zf/"
    "0xEwvqCA53LQ+0u8xx72WwiMI1A98uBlYR2wp3Jcw/YpZNknp5ENcYxBGwC3QjZsEkEbTa"
    "0GsC0AbnDy+4D3bFH6Y8YfXP7v0fXxz0fXTy6Ofn8q3jwGb86vLn8KmztshfgL5/L4/Oq9"
    "wD7CejR1zBGhWbg/3lxdyuGOiaQQH5sjD/2JZibNzOlOI8+xKEY+DTLHxqHerSt6ER2kkV"
    "/MxxwbA0vm+gf2xjMtIh+ApGR6DALR5+F/lBiJzPay46HouQSPr+zZYzBLihbF2cXJzeDo"
    "4lNifD4cDU74m73EqgifPjlMjdmqE/Tb2eBnxP+J/nN1eZIexlW7wX96/JvwwnMM21kaeB"
    "zHKHwcfX006uERYyidHCmp9UdIFwa5klMkQtYlAiU1YJNCgGuAK9d3JnfSwzlALIvxqeMS"
    "89b+hTwKqM/YR2F7RCS4Brre8cwktncd9dcxoP8KJ1P4NDrTXLxcKYupOcZwYH898QQSx0"
    "c3x0cfTnrSLaICiH+NdaUpuqmtUQ4vn89DPLpbYndsJCY2f+PsOaknq7bZV9aelX6CbXwr"
    "AOJ/Cf/u0JhZeNOBc0fsnszSWb3sFxo7rBmzUsJ26wye3hEaEuwSFwmZd8hhpygyPYpufj"
    "56tndwiEyKqMfm0fh5LzUOqrISEwrMpl2aTXzUjCmm0yy4x1Ps5hhPCamNTKiWwWzhB2NG"
    "7Ftvyv55+KoA01CLP3yVVuKDN3viVVLPIA9zk+mDG+jtSUkN9fbu6uniUUqdvGcrYxPzLC"
    "lZwTB3x1Du3CiPmKW5mRGelNRwMXfUCA8WS/GoO7bHtCg1UzEptJGp2LKFXLUFzqyRyUQN"
    "1LgIQLrW+BZwVWAX3vB+Log1JN11ka+1DONza73VHSzvyvwax1F/esKb3A/bZHczY8cbTP"
    "nx1ZMY3rG3/SLLe8TaGV7UsNJYIxjKOzSU6WL4nciWer6VHBOpxkTe9TmVMJL3XrwoYSWz"
    "Vrlmsnj3F6jWf3vV2nM8PDM8TO/YgC5sydjnbl8y0eYiMi9avZnF9RRrzs/Z8WYg54kD0G"
    "mg8WxmRGjZjmcyOclx/N5xZgTbcrjzO0kBPmS91IX46kmzzqD3V1fniV3r/VmakPL54v3J"
    "9ZOXYrtijUxffcyOhZirnFZiWIRSpvWpWZl54mBxysLoFv9LXIPcE/fRGONHCTmoIJ4ulQ"
    "agC4DmqpjqNi4XBpgLYKbMKN8c56Q0nJa5MNvkwdsoaJKVbyR00qRh2xE9v1zkRHi5DDwS"
    "i0LRlS6TBfKVZFlNTNdSwzYmAYhKEP3uDNUAjQTgeJXDST1ljTwtBtDmGD0eYcYjg2ADgy"
    "clChCvDa/xvbOCANBp0E3HdtqygZ/YCVMirJY46iuLrh1F/WmKslRHWo8321grAPmj30u3"
    "NoeyyEYHegJO9vPo8vP5eQZP/6CqJup+212+Vylc42d6CXQT51QFCA9Yf4NYd3oCLTvdc8"
    "DOD8BntmjfOT3C/KslLr/3QS+nv1yTGQ4vFRTt0ZexDvUZjMz8rQQrPnE1OswSIAU+9y1x"
    "uvB70RWkClefpuuuVsZQQqmUkYbSWmcBbyij8QJ1qFMGYh/lU4fE/2dgzecNhe2BNASkIS"
    "AN5cUSwMsNjq0W2FVrHVtlrCmfMbytUZDgKGsCt4xuX4nxVJ5q302o2mGfdxm7IAVDJbDp"
    "l7Ai6dIg2DJmpl2RX4P1VvqeUSfx+u4Mt0SqnLO9k+DszqvRGbjqd2uEx2OuWyN2fq51a8"
    "SuyZVJRjInLnVs5EwQRn4PKHCMvENL05uyx3NM6dJxx4gSr8//7bgenqEFJS564jozgo7P"
    "z04uB09lCUsq7x8cLuBwac2m0YDDhVjYnKkAvBKoC+Hd5YrZOyiTLIa1ygf4IJMuJtx+lB"
    "PzZAR1SG+aBvygFOAHBYAfgAsRXIhARwY6cncQBUctMBA7gLICA7GUY5wnGtzSCZBImtkt"
    "zadpf8nfx8fbNL+oixPLtO9Nb1uIPgnPyZnoSqfJVL8L7hSP2JfdeNhb+MqA1A+XaNUv4Y"
    "ybCAFOug0lSrjk/NYo5I9y35k3JYifqW/Rcoq9yJVm4UdECfHda9+d4T8omrsO19qpzBlX"
    "Yc/ghgM3XGs2jgbccPEvy8CcX/kmJdYc2r1evZu01CVRR/2buUNNOeq5e0ZcBGxa8BKAl6"
    "Adely/DjpXU+H9LhoV/MJXqOxtD5J+97YSYPk347gP26rCvNfsLmEDNljCFZJrg6UdJmtt"
    "MDstUIYVEVEQmOHjLG1k2kPn4S1ybIJcZ8lpDcglI3MujKWAc4Ge3LFRo+jy5DfDpywYg6"
    "ObX276Ml5Etb/w1Y49uj759fPJzaCPTs+uL4yLk5ubo59O+ujj1XvjZnA0+HxjMKXs8qeT"
    "D0+fo1/InFl9c+x6aOI6FhI5mfkHUEQdZDtfbTYt3Uc0wjbiKcOQZT4Io9FbOggvxuzrRq"
    "SsSfilt/qLuICgz/4BdmKTdqJ60FXbYGtHgqshJoXRVb4tqJj/YXsNzf/9vRLW//5ervHP"
    "X6VTp2HVtKKhCCQRVUgiyg44xzVUPVlJKQ0ndC3+LB81kxq+lqQ4vSXSMNMVZjpdWBZ2H1"
    "U8iTERLeZ4035E4B+BZ7GLiEI6xErhXBmgqmWok2IwVVtU4FvzKSuySalnlwRAcwEVF7cV"
    "IY3LAKgQAWueJ5vwnVZCkdXvXn4a4PS5DWzkNrCRs5txFTirpORo2WZcFuPEKVQyfWdlU7"
    "hkCsSuQhvpTCWAdaMcE5VgWz5nRUfhTar55fL6VoCuVtyONKZr8yTn82fqj+aHMzo3kB+b"
    "8mtj+LHlBrkaO2Ui9Ati0Z7pzZRCPSsBLTzgDUR5oosHZSGOJBrkKn+4Pjod9BqB+eVhCZ"
    "RfpkP5Ecj8VTqSNiJUCeNIQsN5XD3AKxtOAvLHm6vLNR5bGdBjc+ShPxGvOFnbpP7XZGGP"
    "OJZouDBnnmnT5/z3/l3XPC+AnaNUHFBLx876SYoK7yATUIM0DrkrQt80DqLMovqQx8QaKR"
    "rYmlB2i4a3FJGMLoaW6W22rtOyMNJtHukRt5xns8128JQsjHSbRxoqRjcWAIeK0U3CDBWj"
    "G4EZKkb/Pc4JnlTaCNBXu3EtkYT1lF5PAiTyMDfZkG2wnCTioHa1eTkB47iJVRU6k4aPig"
    "in5UDTAjp3/YgCnbtyOKG6fT0s2c0K20NNe2DK7popCxxOqGnfMmShpn17atpXV84+4LDp"
    "lxkpDXO5YvZyu6yaSTyZlC5T1lGMMxapMqszRkqy6ZK42ybzFp1odNzJlIRdZ/TuyGRNQL"
    "e7qnFdREscEdsj9WvQja7rcWLOtk1S+Hk+c/CYjE/NWRdpYzvMvefnND+eYlsYuzmU/USr"
    "fgnevs8mNkaRxNrke1c2QUzUfYynHve7e+anU0dTk3qO+8hTljt99j/E7qOps+yjIZkwzQ"
    "Jhe4zwxCNuNgd65b2XSXoX6f4m5LuDfHcQW6uApugs3JHS3ZFIAkj3JUj3/maXBTifcB9J"
    "NE+2382qqYVWL44WFdxXAgD7NrD7Ge1UjuC4CMQ5dh/qbNsUrjlu1KTTvW3Qbul1lwYxxH"
    "IGX2U5YON7Xwsvn4tUFblmbJjIYq35GqbPgDvnndo0+wX2INw5r/vOORRsqoHk6FhzvsOq"
    "piFPyEGGZoUMzSvkNrkdl5IFmnabXUnRaMlC1fkHQ1puo/OhZePawPEQh22z5PM5PWy2vb"
    "VsABra3CB1Q+4K0Dd1w27S3rZugOv1yuwmnWXbQC5NK8vNZ6lUAxKoPEDl6TD5YkCwFTgM"
    "831WUZt+Gc8Va25YUftyZecnE+TLIEwp263IGHlOVBM+oIX/g1eQx1ZOgXn1PiQusi8SCr"
    "/o26dPgPdsR94zuNLahLdHzHQ1cOMigOl6NQ1uCDV7Q8jfvLeHWS241lWQ46tZVSuuU105"
    "uSfimzM6iv+iUDEhqyalKKCcg8lUByH1HH2j5Mc3ZNrc/UAJZVqE61Aq6hCPyXzmPFqs2T"
    "s0cizL9JDjjpn6MXFmM17G2PTkNNBKf+Gr/dUeTHnl5oXHSaT+zkzRE35vsR9qPX1OOO0j"
    "3+rpoyCrdT+q8/wUsZFGdDFc4UG/2pxw6rJvwI8UTcyZx355aXpT8W2UjQPy88miOftzuP"
    "rNv97/cl662SSUfd23YN3em9RkA/INPWFf4v/t9CnrhXW9nAr1SwgGypqFH9GUYJeTZb2p"
    "SX2Bt6IJlzfZ1wU9IptTZB2XgYGW7OfDx9hjT8S33ZvOIugBPaFcJZyaY4YYwaMpobGf7a"
    "PhwvtqM8tkyqHEQ4apz9XlnduiCjXFy6fP0RnrnLLxGbGOxshhO4dP2BWd+b/E3jN0+XiN"
    "S/N1Y3dNPWdujoT2SX70WMMv0ZOIW7B6h70Cei9vlbWvzNv8M90X0EYr/efe3v7+670X+4"
    "dvDl69fn3w5sXqUM++Kjrd35/9xA/4ftyPBkzgv2n4BlKUVJ74IdzhSlMkQgENKRLVM6vb"
    "YUO3zPvWde6p5nBCxcRa8mtCudRaYA1L/m3gR5MLA8wSDkHCoFSlcGSEgZymwN+Y40d+0T"
    "kLev4toZgI3BNSvCeU8SPv0Pv2yV3Y5AK7Unp7qkV/rT/OmPPGhhW2Xuua+9lZslcuconH"
    "xHlxmynm3p2FiPOtvC7Ct/aWtaILS/hw+B01hBElP9CQzJgplxrcyjr+an/zhQymfziL26"
    "khHHvCk4XvCZqx8Q38Xn1EnYS3a8FeuYQvE2SySca0l5IuIwhCNhmEzI6vml9NLq9NvupG"
    "3GyZ0VD3riUEgSLdNh9bSw49kdZSctSF6S7zD7gwryZc3tJm5xf/n4E13zEZttfQL1lPud"
    "Ap2xcsQinPp8h+nqtihmkHJHuDWNicyUiCRaZe6T7BAgQGPzD4tzmH0/7abTnQOjLQC0Ix"
    "lVDG9WOApW5v2R7TpSqB6tjvS1eo/Nx326Y09KE6Fanpbla1uXXEqyWXOLqMXRAcqgS2IL"
    "W1roh9d4ZbwqRX5pxM9DzM+L09SgrZ0TuJ1u6uUHUSLmfhDZ2H7XC6En1cMNOxs47BYpDm"
    "5pzMTHvb1fcp6EbXuRSyISrarNTLOXQStZzLGCpI6XkPI8l5wvSuqonFM47pPqsWQfJ1Ax"
    "K57+QuMddHJYGSQE3Nj5MEeSRrDZN8iaIx7mhq3vsJqfx7TcIVCVnRIZDSGLj1B1Lis1wh"
    "VhIXg3CIQjgktpNkEC8OhyQlgYbQNhoCBL3K7Wl6Bb0Soz7ZlGQ8AYLxpuHlicF9gKpqQk"
    "oMMiKWy4g4MeIfl8F7QB7yroNlJHWAvGjvOvl9kJjiGUr3aus6v7r8KWye5nln8F/Mx5ue"
    "LGlhUCFarUJMwppkavcuU2JwISj3QhDkhqoVZbjuXjWiYahFDdWUFCArz2N2qwhrXAQwXZ"
    "/HLHSrJuFVTqsVsuk7Bm6en72fyqcV2wLXpyqD1HDNpoabx2LUWyKtYbg7DXLq3CmVee+2"
    "Cmxvwn40BTZ+8iRQvWZGx/XZ8aAnNyQq2yAUOZ4tsyZKbxIpSyoH6naS3DuCeRtptR2Gbj"
    "es2i4CFpROrwKodKl5TU6dZJTYT5BODHag323Psz0KutMJrpoJMyvI5MSZOKKFBBoDx1tW"
    "yqT5EhJ0IP/97nkzUNK4cg8RZLqHMtG7NkpUykRDJnsVZNuayT5+LUl+9sfp2sVnvxdvuT"
    "aD1ieXUOJRNHFcZJMlT2tO36FvgVG8ys/OvxdZBNsU2Q5Pn86EgkRVzybCU4B8kWxy+1p+"
    "AVKhtEsTAQZvzalQEqtFYpsV5jzJCENx0tLcswC8DSlRcmmgRanTooBpUIO1o8w8AtoRBM"
    "R3HBCHONdmhs8WQa46TZ8LPxdbT2L2hK/6RSaPFWsEqRW7tG32C+wJqI6kJd/5jmGoYiaG"
    "7ZszE1fKa/2GYvW1fBj2U8dVvieTEgObvJxNPnEdK8gbqmiQpyThLpiCPT50xpKIfr4FHr"
    "bXYlY3bXQHO0OQZlHNVJTKgsmYndEBUBsEHyWSAHBbyoW1be+o2dPhrViL25rlOub57afs"
    "8cT0Wu/ziC/0xoO9LdsdykIs2RwTQLPvQJefz8+lSI+iZMCVeJnKJxfuNtrJ0z4H7904mh"
    "IMYYm3Kc0gznc52emW9eaqWhUB5L8l9kVITwXOqPYZIOCM6tBAJv0j+3sl3CP7e7neEf4q"
    "XfZUpgwWekVCEXCHKLhD2LGziccvIaXhhK4njZ5AzaSbOf0k0g3O9O7zcBaWhWWXeQrIN5"
    "GIFlO88UxEkEKlAe8UEJvqK7m+YbF1wLYAWz/FvSKycSFwUUtc1Dy7u5qDOpIAQNvi89cQ"
    "VCA3NkluTPj64EpXCXjTpzZkVGpbRqXdRAZbthVvHxiUx6u4GlDZFB4EnWkKbaQxlQDWjV"
    "KjVIKtdqlWshtxXMlvbejvk0smxCV8xNYEAWMt+2XDgcY8KbT2/u1vU9YaOTZBIlCNLHFe"
    "oyVm6IvHPOqAnAmK/8pbdGYPnYf/QZi9I894zXKE59j1srdvK+7/q33pINdZBjd1vSlBwY"
    "RDTygh6JtLqDO7Jy59bvIunn84OT36fD4wPl2fnJ5cn1wen9x8e5p3hfdLdJ1dBFsgu8gu"
    "w54QH6sxPiZWh2IEYSUDcYPycQNiBWU5FYBeyQDQShelIXlOvQ4XSPaiopC2NdlLrFqwRA"
    "NN1hLO1zr9usVGuFOt1zSP7FCVW7qm5xEbmbZQ4Cj7AAYg0+eYPGuMMEUm0w5HeEGJUAEp"
    "s18QnnhMcRw5lmVK9MzKe4cbme3SBj1HRRf0W2uoCe4dvCpDLDl4lU8s4e/S3IbhdyJjG+"
    "cDHBPREOX9UvSd/QL6zn6WvgM3x5rkjkBxxNyprm9xRCriA8pDHhODemVtpkxjj2cXlOUe"
    "z7+jGBNpzsZ70WotKwJ0hqlnENd1XJWTKSkF2cTUjyebYWsEU3ODDUsi3sjG1aRBodO+1T"
    "zHsmXrSysmUMuwrYwItBt31KpKlcQZFa9gle+KipfMghxcnVrT/QKPD+T0rTmn75QdYgGn"
    "ys9wHdaiYuiN2LqW1WApzPNbqsMGY1rhauhsTAu8GPkLRF8vBtzI0UpdbBu4DeiLiXor25"
    "fy0gjkNGXhlmwJj26FSGutcfbJcT08O7PvTXmhk8T7fqHNIVoaZtR0fQAcUQbIjDxb8Lfk"
    "YW5ygBCvdoe8KfbQjJcpwSjIYYN4ARKM5pjSpeOOJSHv7fsDk6ddJo/n3BHbmGI6VTF8kl"
    "LVmD+7hTlh/ByWiXgf5ge8DzPxbrFWCN1ArU5KaqhWd0SNLuV1ZfviJqZTTAyigW0eX7CO"
    "83dQfa3jjZIBV5AFuHVDXK+NvLsMlG0DuvT11PzckzsOsfzKL8blpJ1cvesXmTs/4q0gxN"
    "KlNd4vsDfY1mzKS8rlQhsXgX1U4rOHa2s1VhiZu441lxxK+VylSEILgJsmKvFb1cziVc+l"
    "GYlBPk2FiJ8jvkviE/54c3UpxzomkrZkzJGH/kQzs9S9/40Q7/1rsrD9izXDhTnzTJs+57"
    "/3717zw8AhKl4A6bneT1onvAPZAthFwrG2bTw1mxu7S3fRNqAryHehFKHDNl0Sd8so1JHo"
    "RCO0UwH52bZhus/zmYPHZHzKutIJpjrN1muGz7lpmd7PpteTmK6J9/0i85Ujbcx4U2MatF"
    "0brruyCXvFhmuMAqY1ekLZTvTMtPto6TqrUBuPvjx9h0RSKtZ4Tlx0Rx6Rc8/+g99A5Wx5"
    "ZJn2wiPZIF4tv/LV/so2TNZVcAeW239DTAmijh8ZJEzqEVHicmmmIY8IpeyfhEZXZsUPQZ"
    "CwhUY7G3Yl+5LUeotwd3HBWi5pQq0NXWMIGeVzN77YQDEdsK2e6QxEeq6lmhQfbYEa6MVb"
    "g4dWl80eSPD1kuA905spAbwSAITLIRyGjpR8Wgkh8GpV7tUCijlQzFvgw6qEYh5oQFs6aD"
    "TNkrszvnlX8KlT14/nuZPo+ak0ePk6vp9Jzopagn7fpWMC9PvdaZ856VfzAc7Lvdp9Hn0t"
    "qeNcR818CttrOH9rYLsEd3WUb4RkBDWEe+/goNR0PiiYzgdpxIFSno++Xu5gsIbBGtbRGh"
    "aB4m3ZHAtvOuD9aGTnSSpwgeNAwXHA07iMptje2oHg43UjejwWHWoKmkewZXDyRiWADVhv"
    "2qXMT+D13RlWAddHZ3hEOYWGdFHLKoWURSjd3pN34fei6eqL15PaEqh4US5dp1ROEbEKkU"
    "uWM9MFw5rdx0ItlzmOb9fQQuiqSYm8JGECRSSk3qFv3Fqy/Llwb1KT9flNfFys7JpoiqaY"
    "IttBvn6AIjFZtpKafgU82uDRbs0+0YBHG+5sVn9nU3iH8Pg+dD8o3HRLi8JtN4XbbtkTYA"
    "P0sx1sNgbt1HKbG4H4d2ZGIf+CbX4PUBhA/b5tDM3A6aKkpOSJQw757NQP9VE1hFNScJxK"
    "kE1z0je7PJuShimcBVqUlN8MZZkoQLw2khWvNbBlNCte3KBjG0bZiFZqs5RHtQqPvwpw9v"
    "3npyIh/c2q027N6rKA553/CeSvT24G12fHg17hpl0B8pKLTHrCnnNkJVBn34IuP5+f9/J3"
    "8AogH7D+9MdbdnjlgF0mZs6jToSBPuUUl22jdVPsDURH+sCfmLEBWBA8V4hrQgr8pmImif"
    "1PEjpJ74/5EZTMzrw+kuLPZsQlKbrjCRgmjotcsqDkLcJBMCM6opEzJzbP0O5vPGhpelMe"
    "9bCy0ZNKe4aICURMWrNLNFHoCsqbN4CyFdFJyrqOYyLNodzr1XveNeYqFodBFu78S9UrAb"
    "hQXTwYcKG6fY43oJA3RyEHO7iEWQeXqZu17BIZFCWWXTrDYr5ltwhaGpOwKdyn7tIp0S+w"
    "pfiQqtpTcRkdtf1aLko6tsfv0AigFLBOywHe5fCm5v/JuFHmbe6OEUropFz+c29vf//13o"
    "v9wzcHr16/PnjzYrV/ZF8VbSTvz37ie0kC/2x4nU7x3sGhkt9gJaHhxK6+EB/1WLtbYqju"
    "2Gk57XI1VA813GzPhx5utoNboizlKsxMqIZqSgqQLWANQqUNcKS135EmmbkVoArFS+QIx+"
    "sPbglxvOChpuimTps2laI8Iq45mvYk/rvgTb/Ic4ejNuCy69J51C9w2d0Tl0qXdr79FxPR"
    "0M6uxYHEF5UCwkFzDdF9WYr88LKA/PAyS34I3Joq0fiYSPPx+PoPqVoj7xn1tsnD7K//By"
    "xMCkk="
)
