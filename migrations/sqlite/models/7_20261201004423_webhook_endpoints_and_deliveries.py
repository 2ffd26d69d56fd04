from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "topics" VARCHAR(100) NOT NULL,
    "secret" VARCHAR(100) NOT NULL,
    "previous_secret" VARCHAR(100),
    "previous_secret_until" TIMESTAMP,
    "paused" INT NOT NULL,
    "failing_since" TIMESTAMP,
    "cursor_seq" BIGINT NOT NULL,
    "attempts" INT NOT NULL,
    "first_failure_at" TIMESTAMP,
    "next_attempt_at" TIMESTAMP,
    "lease_token" VARCHAR(40),
    "lease_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "seq" BIGINT NOT NULL,
    "topic" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempt" INT NOT NULL,
    "response_code" INT,
    "error" VARCHAR(300),
    "duration_ms" INT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE
) /* One attempt to deliver one event to one endpoint (the endpoint's delivery log). */;
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_62c3f9" ON "webhook_delivery" ("endpoint_id", "id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_endpoint";"""


MODELS_STATE = (
    "eJztXW132zay/is4+lL7XMY38Vuy6Z49x3GU1K1jp7Zy27PxHpqSIIsxRaoEZcW72/9+AZ"
    "AU30CKkEiKROdLG4sYiHrwNvPMYOY/vZkzxhY5OLPJEru9t+g/PduYYfqP1BMN9Yz5PPqc"
    "feAZQ4s3NaI2Q+K5xsijn04Mi2D60RiTkWvOPdOx6af2wrLYh86INjTth+ijhW3+scC65z"
    "xgb8rf5evXHv2EcMl//Ys2Me0x/o4Je8T+nD/qExNb48Rrm2P2Hvxz3Xue888ubO8Db8i+"
    "eaiPHGsxs6PG82dv6tir1qbtsU8fsI1dw8Ose89dsJ/C3jT4zeGv8986auK/YkxmjCfGwv"
    "JiP32oR5/1dP3qeqDf9ge63pMAa+TYDGj6qoT/+gf2Ci8OXx2/Pn5zdHr8hjbhr7n65PWf"
    "/ldHwPiCHJ6rQe9P/tzwDL8FxzgC1cPfvSysA/qpGNewfQpZ+sppZEMcY9AGwK2QDZtE0E"
    "ZTqwFsC4Ab9H8fsJ5nhPxhsQ+u/u/s5vyns5u9T2e/7/Mnz8GTy+urj2Fzh64Qf+FcnV9e"
    "v+PYR1iPpo45wiQL98+311diuGMiKcTH5shD/0WWSTJzutPIMyyKkU+DzLBxiPfg8l54B2"
    "nkF/Mxw0Y3BHP9PX3imTMsHoCkZHoMAtGD8B8lRiKzvex4KHouNsbXtvUczJKiRXHxqX87"
    "OPv0OTE+788GffbkMLEqwk/3TlNjtuoE/XYx+AmxP9E/r6/66WFctRv8s8feyVh4jm47S9"
    "0YxzEKP47ePhr18IjRpU6OlNT6I6QLg1zJKRIh62KOkhywSSHANcCV6TuTR+HhHCCWxfiD"
    "42Lzwf4FP3OoL+hLGfYIC3ANdL1zy8S2dxP11zGg/wwnU/hpdKa5xnKlLKbmGMWB/nrscS"
    "TOz27Pz973e8ItogKIf411pSi6qa1RDC+bz0Nj9Lg03LGemNjsiXPopD5Ztc0+mh3O0p8Y"
    "tvHAAWK/hL13aMwsxqbXtz33uScydaKnWqG5w9rpeNVwnc3Tu7Yxog3oX2/RcuqgPcMeI2"
    "rkmC5ir8D+ae9r9BG2NTRxnRn9pzmaInqI0XOOaMGfzpxNF9rLQS81YPV8g8AiS1lhX+ly"
    "cGfBQFPlhz5OfERXw2QS/Jv+N/149XXhcymr7p358Fcx7P52eHh09Prw5dHpm5Pj169P3r"
    "xcnSHZR0WHybuLj+w8Seha682/2JCVPMVjEnCEC1QjeRNDWdOiu6YE/yg5rCPPcfVHimR2"
    "eM+nhpsztAmpjTiTtg0qPYK/6xa2H7wp/fPVacEgh4b7q/TAhSb9IX+UXD/xg6XklhQX2W"
    "hPahk7UvWWRLv36EyUAzUpBLAKdnq+uPlf0ltCKKXglnD48mWJPYG2yt0U+LMU1r42KwV0"
    "JKIgyqfHJUA+Pc7FmD1KQpxQ2cuCnBACmEvATBajEcZjLDJ7HMfChp1zyMXlUkgPqWBdUI"
    "c2UbP64bvr68uEavjuIu1g+fLpXZ/qFhx62sj0EiZPBPgYe4ZpyThdIgnwucj5XDJc5g7J"
    "oBs8ctwk1yB4rK2ng9yoZSk+yG+PDBtxIgmNpoZNX/MtMj2CGPCIUTjmWEMBlRO2QP7P+w"
    "E9GdYCEzTEE8fFQkao4u+4s1kzY+JhF+35HyGTcFgR/QMZaORiNtODL9aCtv4znwQcI8fG"
    "+5vQS36f/iqL/vSf8Z+nA4PUWgZpNUBSYxCXqotGUnUsgL2r07GZ2IrKqsEpMQUV4eMyRt"
    "1xvk13nDHpEtt8+Z0jIabSHG5474iUi7JqcSQBavHmoUhccZKBfSUAqHfUGPGmA+cR2z2h"
    "KRI+XGOIeFOqToft1pohZ1SvN1yqoHOZH6lmbj1z0+D2p7MXhyenTLknHl3N46zDWVJ2va"
    "4PAb2NBvSyUdOnBpnKKDBJqWr0l93CXDONh7/PTbrfbBBRmpQEt2+r3b4ufqIrY5PA4aRk"
    "BcPcnRO8c6MckFsbjHJSUsHF3NHw8GCxFI86uMWrU0gggKO5sHAOVxZe6YjlW9bPJzwb4u"
    "5e3lobsxyfW+vjwYPlXQG4fsT9edSfmvAm98M2RYRTY8cbTNnx1RMY3rGnWpHlPaLtdC9q"
    "WOktWDCUd2gok8XwGxYt9XwrOSaiIMVfS+AWqNb56KurWnuOZ1i6Z5BHOqALWzD2uduXSL"
    "Q5N8/LVm9mcT1lNudBF5uBnCcOQGeCfC1Lj9CyHc+kcrKxe/mdNBjIt/qks5F8fK4yf5c+"
    "w4RQrU/OyswTB4tTFAcxY7/E1fETdp/1sfEsiL0u8NELpQHoAqCZKia7jYuFAeYCmAk1yj"
    "fHOSkNp2UuzDb+7m3kNMnKN+I6adKw7YieX85zwlku3RjxRSFJpYtkVYroqmxZQZxn1Yh+"
    "c4ZygEYCcLyK4SSetEaeFgNoc4weD1PjkUKwgcGTEgWI17rX2N5ZgQPoQ9BNx3baso6feL"
    "KX9W61xFFfmXftLOpPUZSFOtJ6vOnGWgHIP/u9dGtzKItsdKAn4KRfj66+XF5m8PQPqmq8"
    "7g/djfcqhWv8TC+BbuKcqgDhAe1vEOtOTaBFp3sO2PkO+MwW7ZPTI36nX0D5vQt6+fDLDb"
    "byLv4n9uirWIfqDEZm/laCFZu4Ch1mCZACzn1LnD75vagKUoWrT9F1V2vEUEKpFAUNpbXO"
    "grihjMYLoUOdMhA1lB86JJvzCbI9QdAQBA1pa3wJwHIDsdUCu2otsVXGmvIjhrc1ChIxyo"
    "rALQq3r8R4Kh9q302o2mGfdxm7oDhAJbCpV0ohSWlgY6Zbpl0Rr0F7K33PqJN4fXOGWyJV"
    "jmzvJDi7YzU6A1f9tEZ4PObSGrHzcy2tEbsmVyYZyRy7xLGRM2GJBHkPKCBGfkRL05vSj+"
    "cGIUuW0pBgT2N/O65nWGhBWEZC17EwOr+86F8N9kUJSyrvHwgXIFxas2k0QLjgmTBFbj7A"
    "K4G6EN5drpjDkzLJYmirfIBPMuliwu1HOjFPRlCFwptpwE9KAX5SAPgJUIhAIUI4MoQjdw"
    "dRIGohArEDKEtEIJYixlmiwS1JgETSzG5pPk3zJX8djrfp+KIuTqyVMUE1LrwtD/456OyG"
    "9aUoYKb9ZHrbzqnPnGq64F2ptPrq5yw/GCP6Zree4S187UlIXCZaaSXYywkXYFHKoUQJDt"
    "NvjcKAW0Y2srIqTAlhhXkNL+IeZ8YzIhj7fOQ3Z/gDQXPXYWYOEbGXFfYMvCXwlq3ZOBrg"
    "LeNvloF5gL/nTN+UWHNo93r1btJCDqf/+yBB32Ty6a8onMvrq49h83SS/RSf6RBTjHrunh"
    "EXARIAaBWgVdqhx2l1xL81FQ/RRaOC3ZALlb3tQVLvolsCLP8qISP9Z1XwIYpdvmzABktw"
    "R7k2WJphWmuD2WmBMmEkUcwGNXycpY1Me+h8f8sKTyLXWbI4EFag0pxzYykIUkF7j3TUCL"
    "rq/6b7MR764Oz2l1tNYIpV/A13duyjm/6vX/q3Aw19uLj5pH/q396efexr6Ofrd/rt4Gzw"
    "5VanStnVx/77/QP0C55Tq29uuB6auM4M8STW7AUIIg6ynTubTktW9pMVAH2i7zQzv3Oj0V"
    "s6iFUtxfQEK2sSfu2tfhET4PHGctU2wU7c0k6U91Ir653uiDc6xKTQHc22BRnzP2yvoPl/"
    "dFjC+j86zDX+2aN0rjlDNg9rKAJZVyWyrtIDznF1WSYrKaXghK6Fz/JRM4nua0mS01sgDT"
    "NdYqaTxWxmuM8yTGJMRIk53jSPCAFbwCx2EVHIH1kpnCsDVA7UtBhMVSG2/KaiLLJxIZiy"
    "OXk55dNxAqC5gPKb7pKQxmUAVPCANR9YnOBOK4kpVi+RQRrg9LkN4dttCN/ObsZV4CyTw6"
    "Rlm3FZjBOnUMl8p5VN4ZI5I7sKbaQzlQDWjZJyVIJt+SQfHYU3qeaXS4RcAbpKxXakMV2b"
    "WDo/fqZ+b344o3Md+bEpv9aHH1tukNyyUyaCVuCL9kzPknL1rASUYMAb8PJEFw/KQhxJNB"
    "ir/P7m7MOg1wjMr05LoPwq7cqPQGaP0p60ESZSGEcSCs7j6gFe2XACkH++vb5aw9iKgB6b"
    "Iw/9F7ESnbVN6r9PFvaIYYmGC9PyTJscsO/7R13zvAB2hlKxQy3tO9OSISqsg4xDDfJe5K"
    "4IdfNe8LqU8kMeE2ukymJrXNktGt5SgWRkMZyZ3mbrOi0LI93mkR4xy9myNtvBU7Iw0m0e"
    "aSix3ZgDHEpsNwkzlNhuBGYosf3XOCdYFm49QF/uxrVAEtZTej1xkPD3uUmHbIPlJBAHta"
    "vNywkijptYVSGZNHyWRDgtB5oWhHPXjyiEc1cOZ7wGsASocTGAVhAlmyz4WzZONikFwEKk"
    "LKTg7QzKG8ZwQqzW9rFawlOtAlQVy0MjwjV+kpcJio3lMdoS3CCGTb3MSGmYU8d6CZQj+6"
    "qaSTyZlK7r1lGMMxapdFRnLCjJJkvsbpv9nHei0HEnUhJ2nQK9I5M1Ad3uyux1ES1+RGyP"
    "1K9BN6qux4lpbZuk8MvccowxHn8wrS6Gje0w956f0/x8atjc2M0J2U+00krE7fvRxPookl"
    "ibfO/axoiKus/x1ON+dy/8dOpoahLPcZ9ZynJHo//BtoamzlJDQzyhmgUy7DEyJh52sznQ"
    "K++9TNK7SPc3Id8d5LsD31oFYYrOwh1J3R2JJCDovkTQvb/ZZQHOD7iPJJoPtt/NqqklrJ"
    "4fLTK4rwQA9m1g9zPayRzBcRHwc+ze1dm2KVyz36hJ0r1t0G7JugudGHw5A1dZDtj43tfC"
    "y+c8VUWuGRsmslhrvobpM+DOeac2Ta3AHoQ753XfOYeCTTUEOTqzOdthZdOQJ+QgQ7NEhu"
    "YVcpvcjkvJQph2m6mkaLRErur8gyEtt9H50LJxbeB4iMO2WfL5nB42295aNgANbW6QuiF3"
    "BaibumE3aW9bN8D1sjK7SWfZNpBLh5Xl5rOUqgEJoTwQytPh4IsBNmYBYZjPWUVttDLMFW"
    "2uz6L25crOTybIl0EGIXS3wmPkOVFN+CAs/AdWQd6Y5RSYl+9DQJF9FYTw87798Algz3bE"
    "nsGV1ibYHj7T5cCNiwCm69U0uCHU7A0hf/PeHmY551pXQY6vZlmtuE51pf+E+TtndBT/Qa"
    "FigldNSoWAshhMqjpwKXEYZ6LFnX1n3xP8xz19ZTY5CK9RzJ8RFurJqiqzK4Rv0SsNHWro"
    "SEMHBwdoaXpTZDvowZhryLTRyJnNTA857hi7d/aeYVnOiE0vvzYy65J1QpWXe/6Lz9kawO"
    "49+rYgXhgfylq5eET7YNGk9KfaxPDzgPq9k336thceMglaUhsvUIwIItiPLZ1TvQmx8aIK"
    "FLrn0T33B+jeHN/TX2E9+y9H/BLN9Jexr1tOHYt+MYOavrXJ+6aKfeLnUM3LdWjP7AcQ/k"
    "U2r+dsYeMJ+3AR7NJP9jmYA/YrnIXHfoN/zBC0x2S1UIXTWPSshnwTTkNBim4tKlq9T/v2"
    "EFkMV4NL7mz2xS6eW8YzexWL/jh/EPj300mF/OS4aE7HltkS9NUM/+1YHWoTE/p298Em9G"
    "QSk/7ke7RH3yQY7H3ayzNDluuSXDDQPGfGM5piw/VBowhxgbe8CZM36dsFPVLwlhqFDVHw"
    "lvTr08PrxzOjPcIU26k5ZgNujKYBjP73aWi48NgoTCmE9HcPKZh+xDHr1ceeGMv9t+jexc"
    "Sx6N/kwP/xB8HvY29LdGeiszAG/rb3GhpTeMd4fGezyORolrMh92cdHudr1bFbtHSxZJTp"
    "RAPPmZujVUsNfY0+icIqVs8MTzKy+Z358FdRx/92eHh09Prw5dHpm5Pj169P3rxcaTPZR0"
    "VqzbuLj0yz0eIE4nqlnY2RFPyBgEp6ZCNDAFHnirsKIR1O5UlGwiOldDhOKKBgOE71Ufzt"
    "4GtaxvR2Pc5ZcTihOmctuVyhNG8tsIblJTfgbMXCALMgXiVh7wuMmcJwoYwwBEJKxArNjW"
    "d2qT4Lev6NtJgI3EmTvJOW8VnskOkN6M1eHuEbPtfW8r5+mvWyvmjGPVoG8QKW9YDzug8m"
    "/TdiJJppI4PTmAfIZymXjPxazMecqd1jDCNxkOWMHvF43+dMh8/IyJDI9XzNnR2nfD3G8P"
    "q8HInR0fzjgE0lyKQf8hdh6RLwjLF5AdnoE7hvWa8B8bx06Up1CWNDFxhNMW1EW3Ie0Lcj"
    "eGIDm749wa6nIYfToJz0/WElzN6dV3MoeNmAuQyYyrFTMttBLgfYAtu5DVxgba55NoF0aa"
    "ovLqVMxvYGyL42bdOf3YWNPxmu8MZbqkWJrXrOGuuzsPXa3fonujFODJduHB4VZ/vI1GD+"
    "mwUL/TFCh5m/972lrchixvYV7tiiz+nko7ud5Swz+3NVHd/Z976QTs1EZ/Ew1flOz/1Bxh"
    "PdN+kxHHSjsS097jNijh8XM22G7ageNTIP0Bk/C5zJnc02bmdpoz3mbONi/jH3A9nnPbGv"
    "jfbQpcHah7t1cj+H3bXdu2t2Asnts2J52HE3c68EaMp7WRKCcC2rbb6WlpyqPJW24CwNU2"
    "znn6BhLm+4MK7Mzs//n4E130EVtlfQP1VPifIp3RdmmBCWw5l+PdP1dNMOLvbpeGaYluhi"
    "QhHlV7pPYALh1iDcGtzmHE777ba9d6XirbcCl3wl19TUizpP3Ri3PapLVQLVud+XqlD5+X"
    "a3TaPsQ/WBp8P1U/6qildLLo52GbsgSKAS2IJyGqoi9s0ZbgmTWtn6MlFUYZWR7VGSqMjS"
    "SbR2d227k3A5C2/ofN8Op2vexydqOnaWGCwGaW7OsWXa266+z0E3qs6lMCquos1KvoRUJ1"
    "HLuQAqg5Sadz+Tsa8GeaxqYrEsp6rPqkVQ8EWH4jGl8Fri4dRxHnVsj+eOuTX98JvfXT/o"
    "TSXU6vQvMS1e4F4KlPt871KQ8btW59LXyIfljqbmk5861L+BzglcqF8D7qfGwK3f/RSf5R"
    "IeprgYOJEknEixnSSDeLETKSkJwRttC94AV2G5PU0tV2Fi1CebXtGZwPWcTZ3yfnYQWTUh"
    "JQa5q8vlrp7o8ZfL4D3A3/MuU2ckVYC8aO/q/z5ITPHMhajV1nV5ffUxbJ6+JZXBP7h/s8"
    "nJkhYGFaLVKsQkrB4rl7UgJQbXaXOv00IWz1pRbsGVDMUQDR1UcqimpABZccbZB0lY4yKA"
    "6fqMsyGtmoRXOgFqeAehY+Dm8exaKvNpbAtcn1QWkvg2m8R3HvPsb4m0gkECaZBT506pHM"
    "kPVWB7G/ajKLDxkyeB6g01Om4uzgc9sSFR2QYhGRnbMmui9CaRsqRyoG7n1YCOYN7GYOQO"
    "Q7ebWOQuAjY1Wfp0Qb1DeaD8ffCcp8RW6NRJeon9UjZYpwf64/bRyWdBdyrBVXPAzAoyce"
    "BMHNHCABrdiLesNJLmaxigA5WKdh8303RS1ratU6hJ1E5MCxiiYPfY0kRR64qQljJKolUK"
    "NYcqt6pbWXMofplLfPbHg9yLz34v3nJtYrPPLiY4yNhl4yUr3UJ+RPeBUbwqPsPeF82wYb"
    "OciaxuDRUK8oe9mHCmAPki2TJGtXwDJJBplyYCEbw1J5BJrBaBbVaYKSYjDGXkS8eeBeBt"
    "GBIlloawKPmwKIg0qMHakY48grAjcIjv2CEOfq7NDJ8tnFx1mj6f/Ax2PYHZEz7SikyeWa"
    "wRJKTs0rapFdgTUFtQyXjnR4qhjJkYtm/OTFwpr/UbitVXwqPYTx1X+p5MSgxs8nI2OSuX"
    "HWRblTTIU5JwF0zCHh86Y4FHP98CD9srMaubNrqDnSFITilnKgplwWQU1FH2gdrA+SiQBI"
    "DbUmyzbXtHzUyHt4pa3NYsVzE7spayxxPTaz3nEV/ojTt7W7Y7lIVYsDkmgKbvga6+XF4K"
    "kR5FKZQrYZnKp2TuNtrJ0z4H790QTYkIYQHblI4gzqec7HTLenNVrUrosu/i+yKkpwIyqn"
    "0GCJBRHRrIJD9ydFiCHjk6zGVH2KN00XCRMljIioQiQIdI0CH02NmE8UtIKTih60mjx1Ez"
    "yWakn0C6wZne/TicxWxmiC7zFATfRCJKTPHGMxFBCpUG2CkIbKoa0ZXBJAdrWgywFWLrFw"
    "aQRDYuBBS1gKJmOfHlCOpIAgBtC+evIKgQ3NhkcGOC64MrXSXgTZ/akFGpbRmVduMZbNlW"
    "vL1jUOyvYmpAZVN4EHSmKLSRxlQCWDdKjVIJtsqlWsluxHElv7Wuv88unmAXsxFb4wSMtd"
    "TKugP1eVJo7f3b36a0NXJsjLijGs34eY2WBkWff8y8DsiZoPi3vEUX9tD5/j/IoM/wC1bp"
    "HRlzw/Wyt28r7v/OvnKQ6yyDm7reFKNgwqE9gjG6dzFxrCfskgOTdXHwvv/h7MvlQP980/"
    "/Qv+lfnfdv7/fzrvB+ja6zc2cLZBfZpdsT/GM1+sf46pD0IKxkwG9Q3m+AZ0ExUwmgVzIA"
    "tNRFaUieUy/hAsleZBTStiZ7idVYFmigyQrM+VqnX+1ZD3eq9ZrmmR2qckvX9DxsI9PmCh"
    "yhL0ABpPoclaeNkUGQSbXDkbEgmKuAhNovyJh4VHEcObOZKdAzK+8dbmS2Sxv0HBld0G+t"
    "oCZ4eHJcJrDk5Dg/sIQ9S8c2DL9hUbRxPsAxEQVRPioVvnNUEL5zlA3fgZtjTcaOQHHE3K"
    "mubnFEwv0D0kMeE4N6ZW0OmTY8ll1QlHs8/45iTKQ5G+9lq7WsCFDLIJ6OXddxZU6mpBRk"
    "E5M/nmyKrR5MzQ02LIF4IxtXkwaFSvtW8zGWLVtfSkUCtQzbygKBdkNHfTYIWTru+IZl3O"
    "0JGKlkA62IlJoHTXV31XY9L4UIRdfCLxbsqWPjF1Nn4SJWhAJ5U8NDFssebCT9l45LP5k7"
    "rmdYiMq5iGULNlh+4SwzVW3/d3b4I3+knVnPnMy6/ensxeHJKTIJYiVH8BgorFZSWI/Y1q"
    "cGmcpRWXGpasiA3cKcoFpOy/BZp/l01mmGzcLf5yZd/xuoVUlJBU1/lXQqui1uQu/ExMDW"
    "b/P4AoOXv4Oqy+BtlOoLcnyt43l2ERyhIKSti41oGcbVhUYI9oQKwP2LJEMqyIK0a2M/LE"
    "ktsvNj5aoLTPx4K0i43aXdUyuwjaGAT80FfKZUDQsuUPnlrMLC0xS9EV3XooKrhUV9SnXY"
    "YABruBo6G8AKBk/+AlHX4IH0G0r5htoGbgPOoURx1e3rdisEctoEf8BbwnPrGWrVf6/V1u"
    "Duswv7yRRXNU081wptDt5SN6Omkl5F7lhgJUQzXr/AVAv8e6FrTxDfvn1/YPK0y+QBdyC4"
    "A1uxLbddjQZ3IIwvWMd/Set4V+7A1g1xvTby7jwsbQO6+y6WX1kWnJwaE6tnWpG580e8Fb"
    "hYurTGtQJ7g27Nprh+fC60cRHYRwWcPeSoqbGc6Nx1ZnPBoZR/MSmSUALgpm8lsRRq1OKV"
    "L5wRiUHxDAmPn8PfS8AJ/3x7fSXGOiaStmTMkYf+iyyzVJK/jRDv/X2ysP0sGsOFaXmmTQ"
    "7Y9/2j1/wwMIiKF0B6rmtJ64R1IFoAu8gu3raNp2ZzY3e5LdsGdFlzoyC5pZSHzrDJErtb"
    "eqHOeCcKoZ1yyFvbuum+zC3HGOPxB9qVSjDVabbeUHwuzZnpnbPkztxczJivmTZakRnLEN"
    "ct1lwfxdqvd90FGQOQLzVGc+yiR/zMk0WNLGf0iGamvfAw2iN0s3ph2rQn01rQc0VDS9dZ"
    "ueWYp4bsC3x5FX/BnX1nX9uY50VlXe3RvrSgi30NmfbIxTPMv2n4zG4ack8iuri67d8M0M"
    "HBAbq+QudU47i8OB+g99foy2fG/bEnd/ZNf/Dl5uri6qOGiMPci6OF6/KMWeGvoK9n2M90"
    "PP2bixNEsPtE/0WV8REmBBOEjdEUsfSs3hSb7p3tLG00t4wRDpN0cSDQ3ip56/+yseNDdz"
    "B/LkjXSn8o1wH4T4V0rbtN14oF2Y0KLGGsTnKjBpJHBVO8/LSNBOrSSLs3eeOEt7D0QoFL"
    "YSEsmfcXTSGT0e13Q3UHev+AnkNUJcNClSHVpFhjCLRsL94aCPBuLXK4Y7CrOwae6VlSAK"
    "8EAOFyCIeeOSnKMCEEpGHlpCFE8EMEfwsowkoi+AMNaEv+S9GKQzsL5+8KPnXq+vF78QI9"
    "P3VtPl/H96+ez6KWler3X1eblV/DAygpUPjVVUdzatvkA5xX2KYyhHd3caGWxPyuI2dQhe"
    "0VnMA1hBeFySJlr+BkBBWE+/DkpNR0PimYzidpxCGGPx99dWP4wT4G+1gV+9h3uW9n9Z0t"
    "vOmA9aOQ5Seobw5UggSVwPLmjKaGvTWl4ON1y3s85x0qCpqHjZnOwmAqAWxAe1OuIGECr2"
    "/OsAq4fnaGZ4RFJeEualmlkJphQrbn9j75vSi6+uLVurcEKl7yXNUplVOivULkksXiVcQw"
    "WdthS+gyNSUUWaM1M/DcjhFx7w9rImvIqkmJzDlhik/EpX5E98y8nPmL58kkJu3znr8cmm"
    "HDJn6ZV9YUTQ2CbAf5ChWKxET5dGr6Fgj6AR9Aa/aJBnwAcKu4+uhUTqcZ46eQr5G4i5kW"
    "hfuYEvcxsyfABuhnO9hsDNqpcjQ3AvH3zIxC/hXw/B6gTqX8jfAYmgFLJaWk5IlDPYns1A"
    "/1UTmEU1JwnAqQTYf1b3a9OyUNUzgLtGeQxw1RFokCxGtdf/FqGFu6/+LlNzq2YZR1AaY2"
    "y/WVZzLnVwU4+w6HD7xkwu2q027N6rKA553/CeRv+reDm4vzQa9w064AecFdMDVhzzmyEq"
    "jTd0FXXy4ve/k7eAWQD2h/6uMtOrxywC4TZMDcdJiCPmUxQdu6N6eGN+AdqQN/YsYGYEG0"
    "gYQjGIo0NOUzSex/AtdJen/M96Bkdub1nhR/NiMmSdAjnnto4rjIxQuC3/oFxx9wzH2BnD"
    "m2WQ0Bf+NBS9ObMq/HLOs9qbRn8JiAx6Q1u0QTpdgWw29YlGw5H+KYCKBcDuVZFH9TljqO"
    "iTSHcq9X73nXGFXMD4Ms3Pn30lcCcCe9eDDgTnr7iDeIuW8u5h7s4BJmHdxHb9ayS+T4FF"
    "h26Ryg+ZbdImipT8KmkHKqS6eEVmBLsSGVtafiMipq+7XcLHVsj1064kBJYJ2WA7zL4U3M"
    "f4tio8yH3B0jlFBJufzb4eHR0evDl0enb06OX78+efNytX9kHxVtJO8uPrK9JIF/1r1Ops"
    "bhyakUb7CSUHBiV18qkni03QPWZXfstBxU5VwLNaQCyIceUgEALVE25CpM7iiHakoKkC2I"
    "GoRaMECktZ9IE8zcClCF8jpihOMVMreEOF6SU1F0U6dNm4ql/oaHU8d5fI8t8wm7zz0BkZ"
    "duohVxeUu/MfuBUeu1gRqseEtQTgV5DgqEkUM/xk880MLx/7DHc8dklVLYZdTwrx9IKPGM"
    "LOdBUHCmhv7XE41fe2EHwbjT//5Lin0sohMUIyAbYRLyaUqC/5Bkc3wBlRSchskcz5mbIx"
    "mSYSWgIJVTfXLHvHD9IhInlACASwAcnCcStlFMQqV9o0KDk8zpN2AK2Vim0lNGDu5NZcHF"
    "ruu4MtvBSkCFa8MNFCgbL1z/os9MsOvmzt2UFFTXylyIl+bHleXFO8KDh5gUEuEp06jkak"
    "lJwSm6nl4MIauAqQmIgH6sx45hXZawSc2zFhI2q0HIJ2zi47SesInPE4i/6tTq1wqIjYUr"
    "VZ8iaK6gAXj4suwli8JbFlm1ryhLTz7QVaTmadd1iyTcJ6XQPikA+0RQX5ExQFKcRiSh4J"
    "R+VQrjVwUYvxJczsIjF8vdzVpJAMblMJ67+Ml0FkSXB1sgqp593gTo+sL2RLWbim3L3E4q"
    "MDdbNiQqWZtzY0GwyMFWlMswEoIckhIZDCeGadG30IkpTN5ZvL4ywrCu2ryuRguXOK4u7T"
    "1NyilDejbsQQ38STJ0c1xEGdgr45onpks8ne1BCxdvEJktkocNrM0bmI2/e3qwKDYYcIE4"
    "jHebx5tqe4Sxk0HxsbJWV0pMPYvruIzBdZxvbx1nzC0fso2MrJQorKg2ryi4x5S/xOAeE9"
    "xjglshbU+vEsR2m9smDxHEySsCe615RM4o9KNpT+DHDp5oRe5rI2oDTusu7X1agdOaLh8i"
    "6U+NiSjohaolhQVbVBIIB80VRLcWd1OQWCWLcH4+wJhI8xkBd2PuVJb7L6NKNRmd9ef/A4"
    "EozYk="
)
