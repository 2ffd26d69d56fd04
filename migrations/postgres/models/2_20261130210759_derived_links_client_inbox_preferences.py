from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "client_notification" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "read" BOOL NOT NULL,
    "actor_name" VARCHAR(200) NOT NULL,
    "actor_is_client" BOOL NOT NULL,
    "summary" TEXT NOT NULL,
    "client_account_id" INT NOT NULL REFERENCES "client_account" ("id") ON DELETE CASCADE,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE,
    "job_id" INT REFERENCES "job" ("id") ON DELETE SET NULL,
    "recipient_id" INT NOT NULL REFERENCES "client_contact" ("id") ON DELETE CASCADE,
    "request_id" INT REFERENCES "client_request" ("id") ON DELETE SET NULL,
    "task_id" INT REFERENCES "client_task" ("id") ON DELETE SET NULL,
    "thread_id" INT REFERENCES "chat_thread" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_client_noti_recipie_b58eaa" ON "client_notification" ("recipient_id", "read");
COMMENT ON TABLE "client_notification" IS 'A portal user''s own inbox: one row per recipient contact (kinds NEW_CLIENT_TASKS,';
        CREATE TABLE IF NOT EXISTS "notification_preference" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "inbox" BOOL NOT NULL,
    "email" BOOL NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_staff_i_7dadca" UNIQUE ("staff_id", "kind")
);
COMMENT ON TABLE "notification_preference" IS 'Where one staff member wants one kind of notification: Inbox+ and e-mail apart.';
        ALTER TABLE "client_request" ADD "link_expires_at" TIMESTAMPTZ;
        ALTER TABLE "client_request" ADD "link_generation" INT NOT NULL DEFAULT 0;
        DROP TABLE IF EXISTS "request_link";"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "client_request" DROP COLUMN "link_expires_at";
        ALTER TABLE "client_request" DROP COLUMN "link_generation";
        DROP TABLE IF EXISTS "notification_preference";
        DROP TABLE IF EXISTS "client_notification";"""


MODELS_STATE = (
    "eJztXWtz2ziy/SsofdmkrpJK7NjJJltb5Tj2jDN+ZGzlztQmUwwkQRYTPhQCsuO7M//9Ai"
    "ApvkCKkEiK5PSX3QmJhuiDV/fpRvd/B7Y7JRZ9euTQe+INXqP/DhxsE/4fqTdDNMCLRfRc"
    "PGB4bMmmOGozpszDE8afzrBFCX80JXTimQtmug5/6iwtSzx0J7yh6dxGj5aO+X1JDObeEj"
    "aX3/Lp04A/oVLyjz94E9OZkh+Eilfin4tvxswk1jTx2eZUfId8brCHhXx25rBT2VD88tiY"
    "uNbSdqLGiwc2d51Va9Nh4uktcYiHGRHdM28p/hTxpcHfHP51/ldHTfxPjMlMyQwvLRb708"
    "dG9GxgGJdXI+PmZGQYAw2wJq4jgOafSuVffys+4cne8xcvX7zaP3zxijeRn7l68vIv/6cj"
    "YHxBCc/laPCXfI8Z9ltIjCNQGfnBsrCO+FM1rmH7FLL8k9PIhjjGoA2AWyEbNomgjaZWA9"
    "gWADc6+X0kerYp/W6JB5f/e3R9/PPR9aOLo98fyzcPwZvzq8ufwuYuXyH+wrk8Pr96K7GP"
    "sJ7MXXNCaBbu9zdXl2q4YyIpxKfmhKE/kWXSzJzuNPICi2Lk0yALbFzKbj3Zi+wgjfxyMR"
    "XYGFgx19/xN8y0iXoAkpLpMQhEn4b/UWIkMtvLjodi4BE8vXKsh2CWFC2Ks4uTm9HRxYfE"
    "+Lw7Gp2IN3uJVRE+fXSYGrNVJ+i3s9HPSPwT/efq8iQ9jKt2o/8MxDfhJXMNx7038DSOUf"
    "g4+vpo1MMjxtA6OVJS64+QLgxyJadIhKxHJEp6wCaFANcAV6HvzL4pD+cAsSzGp65HzFvn"
    "F/IgoT7jH4WdCVHgGuh6x5ZJHHYd9dcxoP8KJ1P4NDrTPHy/UhZTc4zjwP96wiQSx0c3x0"
    "fvTgbKLaICiH+NddVTdFNboxpeMZ/HePLtHntTIzGxxRt3z009WbXNvrL37PQT7OBbCZD4"
    "S8R3h8bMks1H7jfiDFSWzurlsNDY4c24lRK2W2fwDI7QmGCPeEjKvEEuP0WRySi6+fnoyd"
    "7BITIpoozPo+nTQWocdGUVJhSYTbs0m8SoGXNM51lwj+fYyzGeElIbmVAtg9nGPwyLOLds"
    "zv95+KIA01CLP3yRVuKDN3vyVVLPID8WJtcHN9Dbk5I91Nu7q6fLRyl18o6vjE3Ms6RkBc"
    "PcHUO5c6M84ZbmZkZ4UrKHi7mjRniwWIpH3XUY16L0TMWk0EamYssWctUWOLdGZjM9UOMi"
    "AOla41vCVYFdeCP6uSD2mHSXIl9rGcbn1nqrO1jelfEax1F//YQ3uR+2ye7mxg4bzcXxNV"
    "AY3rG3wyLLe8LbGSxqWKmvEQzlHRrKdDn+SlRLPd9KjolUYyLv+pxKGMl7z56VsJJ5q1wz"
    "Wb77C1Trv71qzVyGLYNh+o0P6NJRjH3u9qUSbc4j86zVm1lcT7EX4pydbgZynjgAnQYaW5"
    "YRoeW4zORyiuP4retaBDtquPM7SQE+5r3UhfjqSbNk0Nurq/PErvX2LB2Q8vHi7cn1o+dy"
    "u+KNTF99zI6FnKsirMSwCaVc69OzMvPEweJUudFt8Zd4Brkj3oMxxQ+K4KACf7pSGoAuAF"
    "qoYrrbuFoYYC6AmXKjfHOck9JwWubC7JAfbCOnSVa+EddJk4ZtR/T8cp4TyXIZeCIXhSaV"
    "rpKF4CvFspqZnq2HbUwCEFUg+tUd6wEaCcDxutZBIWZfBRT6adBNx+ZqWeo8tkZLOCYSm2"
    "Vl/omjqL+eoqw8Zdbjzdd7BSC/93vp1uZQFtloS0zAyX8eXX48Py/y+2Tmtc+JTLD4VoWl"
    "+Tbo5fSXa2LhMJa1aGJfxjrszxBk6JBKsBrxjnq0AyRACqieLXG68HvpK0gVrr6errtaHd"
    "WJk1jlq04f1QXu6oyaAB7rTmnVwwKPtfz/DKz57uqwPfiqwVcNvuo8CgvIFWADWmBNrWUD"
    "ylhTfqDatkZBIjSuJ3CrojwrMZ7KR3h2E6p22Oddxi64+VsJbP27J52kNAi2Dct0KuI1eG"
    "+lw9s7iddXd7wlUuUYyk6CsztWozNw1U9rhMdjLq0ROz/X0hqx2xll7sAviEddB7kzhJHf"
    "AwqIkTfo3mRz/niBKb13vSmihA3Fv12PYQstKfHQI8+1CDo+Pzu5HD1W3ZOvvH8gXIBwac"
    "2m0QDhQmxsWjoArwTqQnh3KQr2DsrkKOCt8gE+yGQpCLcf7XwQGcE+ZNVLA35QCvCDAsAP"
    "gEIEChGi4CAKrjuIAlELYVsdQFkjbKsUMS7yW21JAiRytXVL82maL/n7cLxNxxd1cWKZzp"
    "3JtoXog2ROzmRXfZpM9VNwp3jCv+yGYbb0lQElD5doNSxBxs2kgEEjiRKUnN8aMWIv+IAT"
    "wZ2xOUHiTH2N7ueYRVSajR8QJcSn1766439QtPBcobVTFRlXYc9AwwEN15qNowEaLv5lGZ"
    "jzCy6kxJpDezCod5NWUhJ1lF1YuNRUo567Z8RFwKYFlgBYgnboccM6wrmacu930agQt49C"
    "ZW97kEZBTz0Fiy/GW2IIDtuuwry/Yf0yVuu3wRJUSK4NliZM1tpgTlqgTFREFILADR/33k"
    "GmM3Z/vEauQ5Dn3ouwBuSRibmQxlIQc4EefeOjRtHlyW+GH7JgjI5ufrkZquIiqv2Fz07s"
    "0fXJrx9PbkZDdHp2fWFcnNzcHP10MkTvr94aN6Oj0ccbgytllz+dvHv8FP1CFtzqW2CPoZ"
    "nn2kimAhUfQBF1keN+dvi09B7QBDtIZKpBtvlDGo3s3kV4OeVfNyFlTcJPg9VfJARk+Owf"
    "YCc2aSfqO11762ztiHM1xKTQuyq2BR3zP2zfQ/N/f6+E9b+/l2v8i1fpjD1YN5tdKAK56z"
    "Ry1/EDzvUMXSYrKdXDCV0Ln+WjZlLD15I0p7dCGma6xkynS9vG3oMOkxgT6cUcb5pHhPgj"
    "YBa7iChk4aoUzpUBqlv9NCkGU7VFdWV7PmVlTmb9LM4AaC6g8uK2JqRxGQAVPGDNx8kmuN"
    "NKQmT7dy8/DXD63IZo5DZEI2c34ypw1knJ0bLNuCzGiVMoJ6NkWnWobAqXTIHYVWgjnakE"
    "sF6UY6ISbMvnrOgovEk1vwTCkFy2zuSy9Xvzwxmd68iPTfm1PvzYcoNcjZ0yEYYFvmhmMk"
    "vL1bMS6AUD3oCXJ7p4UBbiSKLBWOV310eno0EjMD8/LIHy87QrPwJZvEp70iaEamEcSfRw"
    "HlcP8MqGU4D8/ubqcg1jqwJ6ak4Y+hOJQme1Tep/zZbORGCJxkvTYqZDn4rf+3dd87wAdo"
    "FSsUMt7TsbJkNURAcZhxqkcchdEf1N4yCre+kPeUyskVpVrXFlt2h4SwWS0eXYNtlm6zot"
    "CyPd5pGeCMvZsjbbwVOyMNJtHmkoVNqYAxwKlTYJMxQqbQRmKFT69zgnRFJpI0Bf78a1Qh"
    "LWU3o9SZDIj4XJh2yD5aQQB7WrzcsJIo6bWFUhmTR+0EQ4LQeaFoRz148ohHNvDSdEHTYZ"
    "dQjxcFBUuWXIro17UesHFcB6I7IjlC6X01F4M5rRFqWrsUPvibdtUlnZSY+2CtUGu+vMsh"
    "2ZrAnooCazDloyhG57pH4NuunrepyZ1rbJsj4uLBdPyfTUtLoYvrDDHFB+bt3jOXakoZAT"
    "OppoNSwRP+pHtRmTSGJtEqgrhyAu6j3EU+D63T3x0/qiuUmZ6z2I1LnukP8PcYZo7t4P0Z"
    "jMuGaBsDNFeMaIl83FW3nvZZIvRXqTCXmXIO8ScLwVhMu4S2+iFcMcSUDwZ4ngT3+zywKc"
    "H/gZSTQf9LmbVVNLeKc8WnRwXwkA7NvA7mdW0jmC4yLAEe+ecm/bFK6Zc2+SsGwbtFsylk"
    "oCWC5n4CrLARvf+1p4CVJemc41Y8ML1WvN1/AaN9x97NSmOSywB+HuY913H6FwSA3BNq69"
    "EDusbjrchBxkCtXIFLpCbpNbGilZCBdsM5UUjZbKVZ1/MKTleliFvI7jIQ7bZkmQc3rYbH"
    "tr2QA0tLnBFeK/4RXi3aRfbN0A18vK7CatWttALp38KzevmlYtMgjlgVCeDgdfjAi2A8Iw"
    "n7OK2gzLMFe8uWFH7cuVP57NkC+DMKV8tyJTxNyoNnEQUvsPUckY2zmFjvX7UFBknxThz7"
    "JvP3wC2LMdsWdwtaoJtkfOdD1w4yKA6Xo1DW5XNHu7wt+8t4dZz7nWVZDjq1lXK65TXTm5"
    "I/KbMzqK/6JQMSGrJqVCQEUMJlcdpNRT9IWS71+Q6Qj6gRLKtQjPpVTWw5ySheU+2LzZGz"
    "RxbdtkyPWmXP2YuZYlymmaTB0GWukvfHY+O6O5qCC6ZCKI1N+ZKXok7nwNQ61nKAJOh8i3"
    "eoYoyK46jOqNPkZ8pBFdjld40M+OCDj1+DfgB4pmpsX4L9+bbC6/jfJxQH5eQ7Tgf45Qv8"
    "XX+18uSoiahPKv+xKs2zuTmnxAvqBH/Ev8v50+5r3wru/nUv2SgoGyZuMHNCfYE8GybG5S"
    "X+C1bCLkTf51QY/IESGyrsfBQPf858PHmPEn8tvuTHcZ9IAeUaESzs0pR4zgyZzQ2M8O0X"
    "jJPjvcMpkLKPGYY+rH6orOHVkNleL7x0/RGe+c8vGZ8I6myOU7hx+wKzvzf4m/5+iK8ZqW"
    "jteN3dNj7sKcSO2TfB/whp+iJ1FsweodZgXhvaJV1r4yb/PPdF+gN1rpP/f29vdf7j3bP3"
    "x18OLly4NXz1aHevZV0en+9uwnccAP4zwaRAL/Td03cFW+8jI94Q5XOkQiFOhhiET1kdXt"
    "sKFbxr51Pfa053BC5a5a8rxB2b5aYA1LT23Ao6mFAWZFDEHCoNQN4cgIQ3CaRvzGAj+Ii8"
    "5Z0PNvCcVE4J6Q5j2hDI+8Q/btg7d0yAX2lOHtqRbDtXycsRCNDTtsvZaa+9m956885BHG"
    "xUWRhTkW7M5S+vlWrIvk1l7zVnRpSw5H3FFDGFHyHY2JxU251OBW1vFn54svZHD9w13ezg"
    "1J7EkmC98RZPHxDXivIaJugu1a8lceEcsEmXySce2lJGUETsgmnZDZ8dXj1dTyvcmb2gjN"
    "lhkNfXYtIQgh0m3j2Fpy6MmUgIqjLkwVmH/AhTkJ4fJWb3Z++f8ZWPOJybB9D3nJesrWzf"
    "m+YBNK+VoUXmomCzg7QZC9QWxsWqogwSJTr3SfYAFCBD9E8G9zDqf52m1joPsYgV7giqkk"
    "ZLx/EWCp21sO47pUJVAd+331FSo/9922KQ19qE5larqbVY3YPuLVkkscXcYucA5VAlusTH"
    "gfEfvqjreEqV+ZczLec0bshSWCCbdGaRT01Fe0dneFqpNwuUs2dn9sh9OV7OOCm46dJQaL"
    "QVqYC2KZzrar70PQTV/nUhgNUdFmFZx5fd+wci5j6CDVz3sYCZSWQTJxAxKT7+RurNCvFM"
    "R/oHbl8/5BXsRaaf9PkXfBm8zNOz/Bkn9PR1JrkOUbHAONgVu/YyA+yzW4/7gY0Psa9H5s"
    "J8kgXkzvJyXBrd42tzo4ccrtaf1y4iRGfbZp0OwMAmY3dZfODMFp6aoJKTHI8Fcuw9/MiH"
    "9cBu8R+ZF3vSkj2QfIi/auk99HiSmeCVFebV3nV5c/hc3TccsZ/JeL6aYnS1oYVIhWqxCz"
    "sMaW3j3ClBhccMm94AK5jqDSeacQDV0HeqimpABZdV6uW01Y4yKAKRSSh0Ly3UF5w1Rni5"
    "jPdUuke+i+TYOcOndKZZK7rQLbm7CfngIbP3kSqF5zo+P67Hg0UBsSlW0QmjGLLbMmSm8S"
    "KUsqB+p2Bm13BPM2hol2GLrdRIl2EbCgFHgVQKVLp/fk1El6if2E38TgB/q37eNGj4Lu+g"
    "RXzQEzK8jUgTNxRAsDaAwcb1lpJM2nMEAH8rnvPm4GSvRWzhBB5nYoe7xro0Sn7DFkZtdB"
    "tq2Z2ePXbNRnfzyovfjsZ/GWazNCffAIJYyimeshh9yLNN30DfoSGMWrfOPie5FNsEOR44"
    "p04FwoSLz0ZCaZAuSLZJO11/ILkNqjXZoIRPDWnNojsVoUtllhDo+MMBTbLB17FoC3YUiU"
    "WhrCovTDoiDSoAZrRzvyCMKOwCG+Y4c4+Lk2M3y2cHLVafpc+LnFBgqzJ3w1LDJ57FgjSB"
    "XYpW1zWGBPQLWfXsY7f+MY6piJYfvmzMSV8lq/oVh9bRqO/dz1tO/JpMTAJi9nk8881w7y"
    "YGoa5ClJuAumYY+P3anCo59vgYftezGrmza6g50hSBuoZyoqZcFkzM7oAKgNnI8KSQC4Le"
    "Wv2rZ31Mx0sFXU4rZmeR/z1g5T9nhieq3nPOILvXFnb8t2h7IQKzbHBND8O9Dlx/NzJdKT"
    "KLltJSxT+WS53UY7edrn4L0boikRIaxgm9IRxPmUk5NuWW+uqlVRO/Fbcl+E9FRARrXPAA"
    "EyqkMDmeRH9vdK0CP7e7nsiHiVLuOpUgYLWZFQBOgQDTqEHzubMH4JqR5O6HrS6EnUTLoZ"
    "6aeQbnCmdz8OZ2nbWHWZpyD4JhLpxRRvPBMRpFBpgJ2CwKb6SohvWDwcsC3AFqre10FRY/"
    "pNk6COJADQtnD+PQQVghubDG5McH1wpasEvOlTGzIqtS2j0m48gy3bird3DKr9VUINqGwK"
    "j4LOegptpDGVANaLUqNUgm3vUq1kN+K4kt9a198Hj8yIR8SIrXECxloOy7oDjUVSaO3929"
    "/mvDVyHYKkoxrZ8rxG95ijLx8LrwNyZyj+K6/RmTN2f/wPwvwdeSJqcCO8wB7L3r6tuP/P"
    "zqWLPPc+uKnL5gQFEw49ooSgLx6hrnVHPPrUFF08fXdyevTxfGR8uD45Pbk+uTw+ufnyOO"
    "8K76foOrt0tkB2kV26PcE/VqN/TK4OTQ/CSgb8BuX9BsQOykxqAL2SAaC1LkpD8px6CRdI"
    "9qKjkLY12Uus+q1CA03Wxs3XOv06vEa4U63XNI+cUJW790zGiINMRypwlH8AB5Drc1yeN0"
    "aYIpNrhxO8pESqgJTbLwjPGFccJ65tmwo9s/Le4UZmu7RB5urogn7rHmqCewcvygSWHLzI"
    "DywR79KxDeOvRBVtnA9wTKSHKO+XCt/ZLwjf2c+G78DNsSZjR6A4Yu5U729xRCr9A9pDHh"
    "ODemVtDpnGTGQXVOUez7+jGBNpzsZ71motKwLUwpQZxPNcT+dkSkpBNjH948nh2BrB1Nxg"
    "w1KIN7JxNWlQ9Gnfaj7GsmXrq1eRQC3DtrJAoN3QUasqVQoyKl7BKp+KipfMghxcnVrTww"
    "LGB3L61pzTd84PsSCmys9wHdai4uhN+LpW1WApzPNbqsMGfVrhauisTwtYjPwF0l8WA27k"
    "9EpdbBu4DeiLiXor25fy6hHI6ZCFW7IlPH0rRFprjbMPrsewdebcmepCJ4n3w0KbQ7Y0zK"
    "jpegc4ohwQizxZirfkx8IUACFR7Q6xOWbIEmVKMApy2CBRgASjBab03vWmCpf39v2BydMu"
    "k4e534hjzDGd6xg+SalqzJ/dwpwwfg7LeLwP8x3ehxl/t1wrhG6gVicle6hWd0SNLsW68n"
    "1xE9MpJgbewDaPL1jH+Ttof63jjZIBV5AFuHVDXK+NvLsMlG0DuvT11Pzckzt2sfwqLsbl"
    "pJ1cvRsWmTvf463AxdKlNT4ssDf41myqS8rlQhsXgX1UwdnDtbUaK4wsPNdeKA6l/FilSK"
    "IXADcdqCRuVXOLVz+XZiQG+TQ1PH6u/C4FJ/z+5upSjXVMJG3JmBOG/kSWWere/0aID/41"
    "Wzr+xZrx0rSY6dCn4vf+PWh+GARExQsgPdeHSetEdKBaALtIONa2jadmc2N36S7aBnQF+S"
    "60PHTYoffE29ILdSQ76RHaKYe8ta2b7uPCcvGUTE95V32CqU6z9Zrjc27aJvvZZAOF6Zp4"
    "PywyXwXShiWaGvOg7Vp33ZVD+Cs+XFMURFqjR5TvRE9MZ4juPXflahPel8dvkExKxRsviI"
    "e+kQfk3vH/EDdQRbQ8sk1nyUjWiVfLr3x2PvMNk3cV3IEV9t8YU4Ko63sGCZd6QJR4Qppr"
    "yBNCKf8nodGVWflD4CRsodHOh13LviS13iLcnV+wlkuaUGujrz6EjPK5Gy42UExHfKvnOg"
    "NRnmupJsVHW6AGsnhrYGj7stlDEHy9QfDMZJYWwCsBQLgcwqHrSIvTSggBq1U5qwUh5hBi"
    "3gIOq5IQ8yajqNsZzdUsLRPP3qbQXlPJ3fI1Vz8/mh21BK21S5sfaK2706lykormA5yXUb"
    "T70eG1JETzXD2jIGzfw/lbQwxHcANF+55DRrCHcO8dHJSazgcF0/kgjTgESuej3y+SE2w8"
    "sPH6aONJ9+e2MQpLNh+Jfnpk5ynqSgUOgS3B6mnRmPT1a5GcZDLHztYEgo/XjezxWHbYU9"
    "AYwbYhQhIqAWzEe+tdIvgEXl/dcRVwvXfHR1QEhpAualmlkLIJpdszeRd+Lz1dffEqSVsC"
    "FS811dcplVMaq0LkkkW6+oJhzfSxVMtVxPHtmmAHumpSIttGmBYQSak36Iuwlmx/LtyZ1O"
    "R9fpEfFysmJpuiOabIcZGvH6BITJWDo6ZfAUYbGO3W7BMNMNpwE7H6m4iSHcLTu5B+0Li/"
    "lRaFO1wad7iyJ8AG6Gc72GwM2qnlNjcC8e/MjEL+tdH8HiDdvf4t0hiaAemipaTkiUNm9O"
    "zUD/VRPYRTUnCcKpBNR1pvdiU0JQ1TeK2bJZ7efUtXSzyffMdmc1l3S2olq10uhXtzBTj7"
    "5O6pzAF+s+q0W7O6LOB5h1MC+euTm9H12fFoULijVIC84u5IP2HP2U8TqPNvQZcfz88hVX"
    "HrWMDEfWgFGZi+L53PCS6DlsYsbApxpF06+YcFrJsYUl3mLS7TR/atlgAx12EidkACpYF1"
    "Wg7wLoc3Nf9PxQmZt7k7RijRJ8vsn3t7+/sv957tH746ePHy5cGrZ6v9I/uqaCN5e/aT2E"
    "sS+GftNzrHeweHOtM7kujhxK4+rTZlvN0tMXR37LRc72LUq4caInrzoYeIXojoLcvphfeM"
    "9VBNSQGyBWwp5M2rlRyFGPRKYtAVM7cyGhRSEaYRjmcT3xLiePrynqKbOm3alFj+iHjmZD"
    "5Q8HfBm2ERc4ejNkDZdek8GhZQdnfEo8qlnW//xUR6aGfXQiCJRaWBcNC8h+g+LxWM+Lwg"
    "GPF5NhgxoDWzCOcnLIqJNJ+uaDeRQpUlJsqot00eZn/9P2HMeug="
)
