"""Atomic rate-limit counters replace the per-hit rows; password reset links."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "rate_limit_counter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(300) NOT NULL,
    "minute" INT NOT NULL,
    "count" INT NOT NULL,
    CONSTRAINT "uid_rate_limit__key_e9aebf" UNIQUE ("key", "minute")
) /* Attempts counted per key and clock minute (sign-in failures, wrong link tokens). */;
CREATE INDEX IF NOT EXISTS "idx_rate_limit__minute_71ef03" ON "rate_limit_counter" ("minute");
        CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "contact_id" INT REFERENCES "client_contact" ("id") ON DELETE CASCADE,
    "staff_id" INT REFERENCES "staff_member" ("id") ON DELETE CASCADE
) /* A single-use, one-hour link that lets a staff member or a portal user set a new */;
        DROP TABLE IF EXISTS "rate_limit_hit";"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "password_reset";
        DROP TABLE IF EXISTS "rate_limit_counter";"""


MODELS_STATE = (
    "eJztXWtz2ziy/SsofZmkSvFN7NjJzmxtle1xZpz1I2Mr905tMsVAEmQx4UMhIDve3fz3C4"
    "Ck+AIpUiIpEukvuxMSDdEHr+7Tje7/DGx3Siy6d+zQB+INfkb/GTjYJvw/Um+GaIAXi+i5"
    "eMDw2JJNcdRmTJmHJ4w/nWGLEv5oSujEMxfMdB3+1FlalnjoTnhD07mLHi0d8+uSGMy9I2"
    "wuv+XDhwF/QqXkX3/xJqYzJd8IFa/EPxdfjJlJrGnis82p+A753GCPC/ns3GFvZEPxy2Nj"
    "4lpL24kaLx7Z3HVWrU2Hiad3xCEeZkR0z7yl+FPElwZ/c/jX+V8dNfE/MSYzJTO8tFjsTx"
    "8b0bOBYVxdj4zbs5FhDCqANXEdATT/VCr/+jvxCc/2X7x89fL1wdHL17yJ/MzVk1ff/Z+O"
    "gPEFJTxXo8F3+R4z7LeQGEegMvKNZWEd8adqXMP2KWT5J6eRDXGMQRsAt0I2bBJBG02tFr"
    "AtAG509udI9GxT+tUSD67+9/jm9PfjmyeXx38+lW8egzcX11e/hc1dvkL8hXN1enF9IrGP"
    "sJ7MXXNCaBbut7fXV2q4YyIpxKfmhKH/IsukmTnda+QFFsXIp0EW2LiU3XmyF9lBGvnlYi"
    "qwMbBirv/K3zDTJuoBSEqmxyAQ3Qv/o8RIZLaXHQ/FwCN4eu1Yj8EsKVoU55dnt6Pjy3eJ"
    "8fn1eHQm3uwnVkX49MlRasxWnaD/Ox/9jsQ/0b+ur87Sw7hqN/rXQHwTXjLXcNwHA0/jGI"
    "WPo6+PRj08YoxKJ0dKav0R0odBruUUiZD1iESpGrBJIcA1wFXoO7MvysM5QCyL8RvXI+ad"
    "80/yKKE+5x+FnQlR4BroeqeWSRx2E/XXM6C/h5MpfBqdaR5+WCmLqTnGceB/PWESidPj29"
    "PjX88Gyi2iBoj/iHWlKbqprVENr5jPYzz58oC9qZGY2OKNu++mnqzaZl/Z+3b6CXbwnQRI"
    "/CXiu0NjZsnmI/cLcQYqS2f1clho7PBm3EoJ260zeAbHaEywRzwkZX5BLj9Fkckouv39+N"
    "n+4REyKaKMz6Pp3iA1DlVlFSYUmE27NJvEqBlzTOdZcE/n2MsxnhJSG5lQHYPZxt8Mizh3"
    "bM7/efSyANNQiz96mVbigzf78lVSzyDfFibXBzfQ25OSGurt/dXT5aOUOnnPV8Ym5llSso"
    "Zh7o+h3LtRnnBLczMjPCmp4WLuqREeLJbiUXcdxrWoaqZiUmgjU7FjC7luC5xbI7NZNVDj"
    "IgDpWuNbwlWDXXgr+rkk9pj0lyJfaxnG59Z6qztY3rXxGqdRf3rCm9wPu2R3c2OHjebi+B"
    "ooDO/Y22GR5T3h7QwWNazV1wiG8g4NZbocfyaqpZ5vJcdE6jGRd31OJYzk/efPS1jJvFWu"
    "mSzffQfV+odXrZnLsGUwTL/wAV06irHP3b5Uou15ZJ53ejOL6yn2Qpyz081AzhMHoNNAY8"
    "syIrQcl5lcTnEcn7iuRbCjhju/kxTgY95LU4ivnrRLBp1cX18kdq2T83RAyvvLk7ObJy/k"
    "dsUbmb76mB0LOVdFWIlhE0q51lfNyswTB4tT5Ua3xV/iGeSeeI/GFD8qgoMK/OlKaQC6AG"
    "ihilXdxtXCAHMBzJQb5ZvjnJSG0zIXZod8Yxs5TbLyrbhO2jRse6Lnl/OcSJbLwBO5KCpS"
    "6SpZCL5SLKuZ6dnVsI1JAKIKRD+742qARgJwvK51UIjZVwOF/ibopmdztSx1HlujJRwTic"
    "2yNv/EcdSfpigrT5n1ePP1XgPIb/1e+rU5lEU22hITcPKfR1fvLy6K/D5Jm15hWp4EYm/+"
    "eUMsHAavFs3kEe9Io2mcmIwBX7ElTpd+L7qC5NNqEwnClkhdxbrSZ/1+b9TbmjhOVA7X9H"
    "lT4HPNnHXgdu2VajgscLvK/8/Amu9zDduDwxUcruBwzeNhgCEAk7YDJsFak7aUSSCjrbY1"
    "ChLxXZrArQpVrMV4Kh+m2E+ofIUyuIJZC2L6XVhNutoJtg3LdGqyzXlvpeOMe4nXZ3e8JV"
    "LlqKJegrM7y7w3cDVvmodbfK5pHjsD1prmsTD5MpeRF8SjroPcGcLI7wEFxv0v6MFkc/54"
    "gSl9cL0pooQNxb9dj2ELLSnx0BPPtQg6vTg/uxo9VV1Yrr1/IA2ANOjMptECaUBsbFpVAF"
    "4JNIXw7u6K7x+WuSzOW+UDfJi5Lh5uP5Uv5mcEdUhvlgb8sBTghwWAHwINBjQYhCNBOFJ/"
    "EAWyEeJneoByhfiZUuSuSDS0JQmQSJrVL82nk+EefcRopRdz5YFsS+m+Czq7EX1pCpjp3J"
    "ts2zn1TrIm57Irjfa8Fui3N3jCv+yWYbb0FQElB5doNSxBxM2kgEEjiRJ0nN8aMWIv+IAT"
    "wZuxOUHiPP0ZPcwxi2g0Gz8iSohPrX12xz9RtPBcobFTFRFXY89AwQEF15mNowUKLv5lGZ"
    "jzs96nxNpDezBodpNW0hFN5L5fuNRUo567Z8RFwJ4FhgAYgm7occMmwpHacu330agQV0BC"
    "ZW97kEZBT5qCxRfjHTEEf23XEQpxy/Sy7pu3wcKYrVzzKxbUtdbyilVAgNsJvTpWhwVWDj"
    "OZVcnMWQmAnVPOzomoirIQRxItWje/3hy/GTVl4iRhfnFUAuUXaa9qBLJ4lUpaNZkQWgnj"
    "SELDeVw/wB6ZmAtxDFQqmZaU2qpq2maT+u+zpTMRWKLx0rSY6dA98Xv/2IEp30gxNQj6yF"
    "8R+gZ9yKRM1Yc8JgbVGbqcY4gux7bJNlvXaVkY6S6P9ESwVZa12Q6ekoWR7vJIQ37Jlph4"
    "yC/ZLsyQX7IVmCG/5I9xTkBAdxvLKrR+x48VEU7LwdEAvvDmEYXknVvDCaEFcPmgByhD8s"
    "6dJe9U6wc1wPpDVB3MaEZbpEjFDn0g3rZ3ZmQnGm0VHckw0pP5mUBLBq5sj9QfQTe6Tqoa"
    "0h8FAUUXvCddUZqZ1rahf+8XlounZPrGtProWt1hRJt/U+h0jh1pE+SEtSVaDUvEtvkRN8"
    "Ykklh7q+jaIYiLeo/xCz1+d8/8S0poblLmeo/iIpA75P9DnCGauw9DNCYzrkQg7EwRnjHi"
    "ZW8W1d77+ri7DzEVif/vXxCH12YcXnVqV9vIDZ3oXOouvUml+MpIAgLTSgSm+ZtdFuD8oL"
    "RIov2AtN2smkZCz+TRUgX3lQDAvg3sE37oVyOD4yJAB++eXe/aFG6YXm+Tm+watFuSk0qu"
    "Vy5noCXLARvf+yozks2bs7KGU64ZG1Z4Wmu+srAh3Mvq06Y5LLAH4V5W0/eyIA1CA3E1rr"
    "0QO6xiRzhxXYtgJyeuJi6XQnbMBZuCdvWkXcvg5Pr6ImEZnJyn83a8vzw546awnNC8kemf"
    "WgWIbxJBnpKFCPIuU0nRaKm80vkHQ1pOw3zKjZQVi8Fm+HrWpptasofNtreODUBLmxtcb/"
    "wBrzf65bCqUTIJGVDN1rMybFUqbNvIPB3rjg1TNEJiem2eWQmidnYfQRArzZVPvCTKd62n"
    "X0TtMDtqXy4j6WyGfBmEKeVLjkwRczP1fH4SyUWxnZN7tHofCp7ngyJcV/btxwAABbQjCg"
    "iuArVBWciZXg3cuAhgul7XgNsA7d4G8Dfv7WGu5iHqK8jx1VxVtWtSXTm7J44ydZ//olAx"
    "IasmpeIYRSAhVx2k1B76RMnXT8h0hA1NCeVahOdSKvOaT8nCch9tIuoMTlzbNhlyvSlXP2"
    "auZbkPFJlMHctY6y98dD46I97Wc5dMREL6OzNFT8QdpWGo9QxF1OQQ+ar7EAXpC8V/BEmp"
    "niI+0oguxys86EdHRE16/BvwI0Uz02L8l2VBRfFtlI8D8hOHoQX/c4T6Lb7e/3LevWcSyr"
    "/uU7Bu701q8gH5hJ7wL/H/dvqU98K7fphL9UsKxvLDzwn2/BzyJvUFfpZNhLzJvy7oETki"
    "ztP1OBjogf98+Bgz/kR+273pLoMe0BMqVMK5OeWIETyZExr72SEaL9lHh1smcwElHnNM/Y"
    "BT0bkj8k3wL354uofOeeeUj8+EdzRFLt85/KhT2Zn/S/w9R1eM17R00GnsXhlzF+ZEap/k"
    "64A3/BA9iRzkq3eYFcSoilZZ+8q8yz/TfQFttNK/7e8fHLzaf35w9Prw5atXh6+frw717K"
    "ui0/3k/DdxwA/jZBCEs/6gPgi42l23+bHa4Ur7+UMBDf389YcHd8OG7hj71vcASs3h3I3/"
    "Q3NQA/W/GqpJIYBVBWtgTBkb8GhqYYBZ4QhPGJRV4xAywhBhVSEIYYEfxW3dLOj5V11iIn"
    "DZpeJllwyPvEP27Z23dMgl9pQx2qkWw7V8nLEQjQ07bL2WmvvdfeCvPOQRxsVFFvM5FuzO"
    "Uvr5VqyL5NZ+5q3o0pYcjrhohTCi5CsaE4ubcqnBra3jj84nX8jg+oe7vJsbktiTTBa+J8"
    "ji4xvwXkNE3QTbteSvPCKWCTL5JOPaC1RB7KATMju+1Xg1tbw2iT5bodkyo1GdXUsIQpxv"
    "1zi2jhx6MoWd4qgLU9vlH3BhDj24gaTNzg/1bxuuCzXn+4Lt16wXXmqhihmmE0SKG8TGpq"
    "UKEiwy9Ur3CRYghKFDGPo253Car90ynlfLMOoCV8y2cGkaAZa6guQwrkvVAtWp35euUPkJ"
    "3LbNy+dD9UbmV7tdFWHUEa9kTddaYIvVktURsbaqYvcVnN2Uxe4lWru7BtRLuNwlG7vfts"
    "PpWvZxyc2f3pJbxSAtzAWxTGfb1fcu6EbXuRR69GvarIIzT/cNK+dCQRWk9LxLkEBpGWR1"
    "NiBD9E7udwr9SkFeB2pXPncdJKhrlLr+EDHk3mRu3vuZbvy7JpIegnTLQG63Bm7z5HZ8ll"
    "fgr+NiQFFXoKhjO0kG8WKKOikJruGuuYbBEVFuT9PLEZEY9dmmgZ8zCPrc1OU3MwSnVVVN"
    "SIlBqrVyqdZmRvzjMniPyLe8KzoZSR0gL9q7zv4cJaZ4Jsx2tXVdXF/9FjZPx95m8F8upp"
    "ueLGlhUCE6rULMwmJH1e7CpcTgkkbuJQ3I1wPVpXuFaOg6qIZqSgqQVeeWuqsIa1wEMIXi"
    "3VC8uz8ob5iuaxHzuW6JtIbu2zTIqXOnVDa0uzqwvQ370RTY+MmTQPWGGx0356ejgdqQqG"
    "2DqBh31zFrovQmkbKkcqDuZuBxTzDvTqhjHwELCgvXAVS6ELMmW2fS1elnXiZGDeXT37rj"
    "46A7neBqOOpjBZk6+iOOaGEUiIHjLWsNB/kQRplAYu3dB39Awc/aaQ5IoQ1FVHetWVcpog"
    "opsqsg29UU2fG7IuqzPx6ZXXz2s3jLtal53nmEEkbRzPWQQx5EvmT6C/oUWHarxM/ie5FN"
    "sEOR44q8zFwoyIDzbCbNXeSLZLNmN/ILkGOhW5oIhKE2nGMhsVoUtllhMoWMMJTuKx1AFY"
    "C3YVyPWhpie6rH9oC7vAFrp3L4DMTOgFd3x15dcNZsZvhs4alp0vS59JM8DRRmT/hqWGTy"
    "2LFGkLOtT9vmsMCegLIrWgbtfuEYVjETw/btmYkr5bV5Q7H+IiEc+7nrVb7skRIDm7ycTT"
    "7zXDtISFjRIE9JwoWmCvb42J0qPPr5FnjYXotZ3bbRHewMQf62aqaiUhZMxuyMDoDawPmo"
    "kASAu1KHqGt7R8NMB1uF3m1rluuYQHSYsscT02s95xFf6K07ezu2O5SFWLE5JoDm34Gu3l"
    "9cKJGeRFlGa2GZymct7TfaydM+B+/dEE2JDIMKtimdgTCfcnLSLZtNuLSqLiZ+S+6LkGMJ"
    "yKjuGSBARvVoIJP8yMF+CXrkYD+XHRGv0vUUVcpgISsSigAdUoEO4cfOJoxfQkrDCd1MLj"
    "iJmkk3I/0U0i3O9P7H4SxtG6su8xQE30QiWkzx1tPpQB6QFtgpCGxqrpbzhlWcAdsCbKH8"
    "eBMUNaZfKhLUkQQA2hXOX0NQIbixzeDGBNcHV7pKwJs+tSEtUNfSAu3GM9ixrXh7x6DaXy"
    "XUgNqm8CjoTFNoI42pBLBelBqlFmy1S7WS3YjjSn6nXH+xolkKx1+ypFa+288v32XYYcO1"
    "d2uPHUSeiebowTMZIw4yHcTmBFH+ARxD7FAuzxsjTJHJKJrgJSUIO1NE+YxBeMaIhyaubZ"
    "sse6+29t4hBr5bbkfmVqH0/dZa8JwpKv/wZRkq//BlPpUv3qXZ5PFnoorvyAc4JqIhygel"
    "HCYHBQ6Tg6zDBGJ122TroaZK7lTXt6YKlRZZ5SGPiUGZgy4HqWAm8rmosj3mR4XHRNrzYT"
    "zvtJYVAWphbqMQz3O9KidTUgryN1Q/nhyOrRFMzQ02LIV4KxtXmwaFTvtW+17tjq0vrXwv"
    "HcO2NtfLbuiod5jSB9eb3ogcZwMFI5VsMCwipRZBU8NbtV3PSyHK0bXIs6V46zrk2dxdek"
    "ik/UVsjhmyRL42jOTVCWRLDxJyPf5k4XoMW4jLeUjkZ8Mio1uWmaq3/49O+Ef+wjuzHiWZ"
    "dfv78bP9wyNkUiSSPJMpUFidpLC+EMeYYzqvRmXFpeohA3YLc4JqOSrDZx3l01lHGTaLfF"
    "uYfP1voFYlJTU0/XXSqfi2uAm9ExMDW7/L4wsMXv4Oqi+Dt1FyBciqsI7n2UUudw0hLTBB"
    "4TZ6rZnHFXtCDeD+INfPC+6d79rYDyvZqez8WJW7AhM/3gpSHPZp9xwW2MaQMr3hlOlzro"
    "YFIat+AYGwXh1Hb8LXtarEVWEa9VIdtninM1wNvb3TCQZP/gLR1+CBC49a+Ya6Bm4LzqFE"
    "OavtKyVqBHLaBL8jW8KjW7HiRktIvpPus3Pn3lTXkUq8HxbaHLKlYUZNK3oVpWNBFG3KeP"
    "0CUy3w74WuPUV8+/b9gcnTLZMH3IHgDuzEttx1NRrcgTC+YB3/kNbxrtyBnRviZm3k3XlY"
    "ugZ0/10sf4h7xzlZfVfvhkXmztd4K3Cx9GmNDwvsDb41m+qKnbnQxkVgH1Vw9pA1t8ECTg"
    "vPtReKQyn/YlIkoQXAbd9KEkkruMVbPVVxJAbpiit4/Fz5XQpO+O3t9ZUa65hI2pIxJwz9"
    "F1lmqbQqGyE++Pts6fhZNMZL02KmQ/fE7/1j0P4wCIiKF0B6rg+T1onoQLUAdpHPsWsbT8"
    "Pmxu6yCXUN6LLmRkE6oUoeOuzQB+Jt6YU6lp1ohHbKIW9t66Z7v7BcPCXTN7wrnWBq0my9"
    "4fhcmLbJTkU6PWkuZszXTJthkRkrEDcs0dyYxNqvd90FGQOQLzVFC+KhL+RRJouaWO7kC7"
    "JNZ8kIekL5ZvXMdHhPprXk58oQPXjuyi0nPDX0qcKXV/MPfHQ+OtcOQZ77ILt6wvsaBl08"
    "HSLTmXjEJvKXxo/ipqH0JKLzq9uzmxHa29tD11folGscF+enI/TrNXr/TnB/4s1H5+Zs9P"
    "7m6vzqtyGirnAvTpaeJzNmhX8F/zzsPPLx9G8uzhAl3j3/L66MTwilhCKCJ3P+lIiEXKb3"
    "0XEfHLSw8ISESbokEOgJ/wNdi4vS/xFjJ4dub/H4NM97+WHA/1CpA8g/1S8EBPTCjuiFYC"
    "xKW8JEn+RGLSSPCqZ4+WkbCTSlkfZv8sYJb2Wy2wKXwlJZpOQHTSGT0e13Q3UHev8FPwyV"
    "6kLsdbGmEGjXVtiyRHgPm5seP7mxxx5/ovxw42csC49lccsfBZ0Gt/TFKSfP65/ybuunwn"
    "1q7x/o+G6dlxD+A+E/nbDzuh4nUCo8xCP3fGVsEh6SlIQgoC6PMgQB5e+j+gYBASsPrHwn"
    "CNBhrax8C5bRiNgLC6uvP6SbDMtYSCzeGkKD+rTyhwW2CNy+bvb2NTOZVQnglQAgXA7hMG"
    "axUjBFQgjCKWoPp4C7zXC3uQNqWi13m9u8vttNBqHdeIB4HiyF9ppKk5WvufqppuyoJWit"
    "fdr8QGvdnU5FwuJuZQFeCWjnl2ik7JbnVjMKwvYazt8GLg+EqeCretgyghrCvX94WGo6Hx"
    "ZM58M04kDO56OvLzkPNh7YeLrYeH5A7XY23vGSzUeiH43sPEW9+MAhsCVYmhaD/p7K+yWy"
    "Yk7m2NmaQPDxupU9nsoONQWNEWzLcLxaABvx3kqn1O7LDpjA67M7rgOut+74mIo7B6SPWl"
    "YppGxC6fZM3qXfi6arz3GZOTMnOMehUgWoq1hXuk6pZNWxLQHLVDvTZH41zBVLHVzFEt+t"
    "iWygqyYlgr7D5PNISv2CPgnTyJYjatyb1OR9fpIfh2yCHSqjsmVTNMcUOS7ylQEUialCvx"
    "v6FaCvgb7uzD7RAn0N+W7qvzclqSA8vQ+5htQ5V5QlJC0KmUIqZArJngAboJ/tYLMx6KbK"
    "0d4IxL8zMwr5yYnye4AK6tVzFcXQDBiWSkpKnjhUOstO/VAfrYZwSgqOUwWy6bDqza44pK"
    "RhCq/1qcSLiG3pV4lXLevZbC7rW0mt5PUF+zKbaw04+0zuG1lp6nbVab9mdVnA8w6nBPI3"
    "Z7ejm/PT0aBwR6kBecVFET1hz9lPE6jzb0FX7y8uoCBO51jARNYtBRmYzsqVzwkug5bGLG"
    "wKQaN9OvmHBaybGNKqzFtcRkf2rZFoMNdhIlBAAlUB67Qc4F0Ob2r+W8UJmXe5O0YooZNl"
    "9rf9/YODV/vPD45eH7589erw9fPV/pF9VbSRnJz/JvaSBP6KsupzvH94VGV6RxIaTuz6s7"
    "eI/EX8tDeq7thpOe0C0uuHGsJ386GH8F0I3y3L6YWXiquhmpICZAvYUsgD0yg5CgHntQSc"
    "K2ZubTQopNZJIxyvWbUlxPEiWZqimzptupS56Jh45mQ+UPB3wZthEXOHozZA2fXpPBoWUH"
    "YiI7xyaefbfzERDe3sRggksagqIBw01xDdF6WCEV8UBCO+yAYjBrRmFuH87EQxkfZzE+0m"
    "Uqi2LEQZ9bbNw+z7/wM/2mQQ"
)
