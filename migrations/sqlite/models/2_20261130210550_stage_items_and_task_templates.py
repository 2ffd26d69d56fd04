"""Stage items (the stage a request or thread was linked in), the template an item came
from, and task templates on stages. Items linked before this migration count as items of
their job's current stage. Written by hand from aerich's output: its SQLite statements
(ALTER TABLE ... ADD CONSTRAINT) are not SQLite, and its PostgreSQL file repeated them."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "task_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "message" TEXT NOT NULL,
    "tasks" JSON NOT NULL,
    "firm_id" INT NOT NULL REFERENCES "firm" ("id") ON DELETE CASCADE
) /* Client tasks kept for reuse: a stage automation opens a thread with them. */;
        ALTER TABLE "chat_thread" ADD "task_template_id" INT REFERENCES "task_template" ("id") ON DELETE SET NULL;
        ALTER TABLE "chat_thread" ADD "job_stage_id" INT REFERENCES "stage" ("id") ON DELETE SET NULL;
        ALTER TABLE "client_request" ADD "template_id" INT REFERENCES "request_template" ("id") ON DELETE SET NULL;
        ALTER TABLE "client_request" ADD "job_stage_id" INT REFERENCES "stage" ("id") ON DELETE SET NULL;
        ALTER TABLE "stage" ADD "task_template_id" INT REFERENCES "task_template" ("id") ON DELETE SET NULL;
        UPDATE "client_request" SET "job_stage_id" = (SELECT "stage_id" FROM "job" WHERE "job"."id" = "client_request"."job_id") WHERE "job_id" IS NOT NULL;
        UPDATE "chat_thread" SET "job_stage_id" = (SELECT "stage_id" FROM "job" WHERE "job"."id" = "chat_thread"."job_id") WHERE "job_id" IS NOT NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "chat_thread" DROP COLUMN "task_template_id";
        ALTER TABLE "chat_thread" DROP COLUMN "job_stage_id";
        ALTER TABLE "client_request" DROP COLUMN "template_id";
        ALTER TABLE "client_request" DROP COLUMN "job_stage_id";
        ALTER TABLE "stage" DROP COLUMN "task_template_id";
        DROP TABLE IF EXISTS "task_template";"""


MODELS_STATE = (
    "eJztXWtz2zbW/isYfWkyo2QSO3ayzc7O2K7TuOtLaiu7nU06DCRBFmNeFAKy43c3//0FQF"
    "K8gRQpkRSJni9tTOKA1APw3M/Bfwe2OyUWfX7k0AfiDX5G/x042Cb8H6k7QzTAi0V0XVxg"
    "eGzJoTgaM6bMwxPGr86wRQm/NCV04pkLZroOv+osLUtcdCd8oOncRpeWjvltSQzm3hI2l+"
    "/y6dOAX6GS8s8/+RDTmZLvhIpb4s/FnTEziTVNvLY5Fe8hrxvscSGvnTnsnRwonjw2Jq61"
    "tJ1o8OKRzV1nNdp0mLh6SxziYUbE9Mxbip8i3jT4zeGv8986GuK/YoxmSmZ4abHYTx8b0b"
    "WBYVxejYyb05FhDCqANXEdATR/VSp//a14hWd7L1+9fvVm//DVGz5Evubqyusf/qMjYHxC"
    "Cc/laPBD3scM+yMkxhGojHxnWVhH/Koa13B8Cln+ymlkQxxj0AbArZANh0TQRlurBWwLgB"
    "ud/jESM9uUfrPEhct/HV2fvD+6fnJx9MdTeecxuHN+dflrONzlX4j/4VyenF8dS+wjrCdz"
    "15wQmoX7t5urSzXcMZIU4lNzwtD/kGXSzJ7uNfICi2Lk0yALbFzKbj05i5wgjfxyMRXYGF"
    "ix13/hd5hpE/UCJCnTaxCQPg//UWIlMuxlx0sx8AieXjnWY7BLij6Ks4vTm9HRxYfE+vxy"
    "NDoVd/YSX0V49clhas1Wk6B/n43eI/En+s/V5Wl6GVfjRv8ZiHfCS+Yajvtg4Gkco/By9P"
    "bRqocixqgkOVJU60VIHxa5FikSIesRiVI1YJNEgGuAq9B3ZndK4RwglsX4nesR89b5J3mU"
    "UJ/xl8LOhChwDXS9E8skDruO5usZ0D/CzRRejWSahx9WymJqj3Ec+K8nTCJxcnRzcvTL6U"
    "DJImqA+PfYVJqim2KNanjFfh7jyd0D9qZGYmOLO+6em7qyGpu9Ze/Z6SvYwbcSIPFLxHuH"
    "xsySzUfuHXEGKktndXNYaOzwYdxKCcetM3gGR2hMsEc8JGneIpdLUWQyim7eHz3bOzhEJk"
    "WU8X00fT5IrUNVWoUJBWbTLs0msWrGHNN5FtyTOfZyjKcE1UYmVMdgtvF3wyLOLZvzPw9f"
    "FWAaavGHr9JKfHBnT95K6hnk+8Lk+uAGenuSUkO9vb96uryUUifv+ZexiXmWpKxhmftjKP"
    "dulSfc0tzMCE9Savgx99QIDz6W4lV3Hca1qGqmYpJoI1OxYx9y3RY4t0Zms2qgxkkA0rXG"
    "t4SrBrvwRsxzQewx6a+LfK1lGN9b663u4POuza9xEs2nJ7xJftglu5sbO2w0F+JroDC8Y3"
    "eHRZb3hI8zWDSw1lgjGMo7NJTpcvyVqD71fCs5RlKPibxrOZUwkvdevChhJfNRuWayvPcD"
    "VOu/vGrNXIYtg2F6xxd06SjWPpd9qUjbi8i86DQzi+sp9kLI2elmIOeRA9BpoLFlGRFajs"
    "tMTqcQx8euaxHsqOHOnyQF+JjP0hTiqyvtOoOOr67OE1zr+CydkPLx4vj0+slLya74INNX"
    "H7NrIfeqSCsxbEIp1/qqWZl55GBxqsLotvglnkHuifdoTPGjIjmoIJ6upAagC4AWqlhVNq"
    "4mBpgLYKbcKN8c5yQ1SMtcmB3ynW0UNMnStxI6adOw7YmeXy5yIr1cBp7Ij6KiK11FC8lX"
    "is9qZnp2NWxjFICoAtGv7rgaoBEBiFc1nJRV1sjTZABtjtHDCDceOQQbGDwpUoB4bXhN8M"
    "4aAkDvgml6xmnLBn5iEqZEWC0h6muLrh1F82mKslJHWo83Z6w1gPybP0u/mENZZCOBnoCT"
    "Px5dfjw/z+DpC6p6ou63/c33KoVrXKaXQDchp2pAeMTnG8Wm0xNolXTPATs/AJ9cBIWP7z"
    "gge/fPa8IfFFQRFDFlgb5GHDmxUwPH8ZY4Xfiz6AqSH9+YSBC2ROoyNpU+X/KPRtNeEpqR"
    "KvMlrToVJL9k1DbIf+mVlTNE+fkv8v8ZWPOTX8LxkPkCmS+Q+ZLnEAdXLXhnOmAcrPXOlD"
    "IJZNrrtkZBItFWE7hVOeO1GE/l88X7CZWvUAa18LUgpl/ngKRvhGDbsEynJtucz1a64KOX"
    "eH11x1siVc7r2UtwdmeZ9wau5k3zkMXnmuYxGbDWNI/VK5XpCrEgHnUd5M4QRv4MKDDu36"
    "IHk8355QWm9MH1pogSNhR/ux7DFlpS4qEnnmsRdHJ+dno5eqrqHFH7/OA0AKdBZ5hGC04D"
    "YmPTqgLwiqAphHfXtGPvoEzXDj4qH+CDTN+OkP1U7pCSIdShz2Qa8INSgB8UAH4AbjBwg0"
    "FeKOSF9gdRcDZCKlgPUK6QClbKuSs6vm3pBEh0L+yX5tPJdI8+YmQ69ybbFqIP0glwJqfS"
    "6BNuwZv0Dk/4m90wzJa+XFO6lBKjhiX8SjNJIBL5QooS3iV/NApz0oQbiM0JEuLhZ/Qwxy"
    "zyCtn4EVFCfE/RV3f8E0ULzxUKKFX5lWqcGTxK4FHqDONowaMUf7MMzPmnaaTI2kN7MGiW"
    "SSut6ybO1OAWtalGPZdnxEnAPAODFwzebuhxwyaya9qKVPfRqBBFJKGytz1I+tWCJMDyq2"
    "2EO9auI7KvWX1SCzZYmIKUa37FcpTWWl6xk1Ug2b5XYnVYYOUwk1mVzJwVAdg55eycyFVR"
    "FuKIokXr5pfro3ejpkycJMwvD0ug/DIdJIxAFrdSzfAmE0IrYRxRaLiP6wfYIxNzIcRApa"
    "MYk1Rbnca42ab++2zpTASWaLw0LWY69Ll43j92YMo3ckgj5DDkfxH65jDIZm/VlzxGBqe+"
    "dLl3GV2ObZNt9l2naWGlu7zSE+GtsqzNOHiKFla6yysNfWtb8sRD39p2YYa+ta3ADH1r/x"
    "pyAvKT2/isQut3/FgR4TQdiAaIhTePKDQFrh1OaArcCLQb9gOGVsCQDgP1Hz1FGVoBQyvg"
    "/uFatRVwfV2Ag6Qb/ZK/0jCX6wGstsvq2cT6nyKdsUi36LSMHfpAvG1L7+QkGom7jjQq6s"
    "n+TKAl+dz2SP0eTKPrpqqhi1ogU875TLqiNDOtbVOuPy4sF0/J9J1p9TGlZYeZxH6F5skc"
    "O9KuzUknTowalsgp9jMdjUlEsbaa88ohiJN6j/FCSn+6Z35xKJqblLneoyjAdIf8P8QZor"
    "n7MERjMuNKBMLOFOEZI162orP22dfnO3+Kqfn8v39C/nOb+c/VQ2raZszpFEaj7tKbVMpr"
    "jyggIbhEQrDP7LIA5ycDRxTtJwLv5qtpJOVXipYquK8IAPZtYJ9woV8tqhEngZDG7qOaXd"
    "vCDYeI2vSvdw3aLR3syniF/JzBLVkO2Djvq+yRbN6clUfB5Zqx4UFxa81XFg6Eetg+Mc1h"
    "gT0I9bBN18NC+5kG8hldeyE4rIIjHLuuRbCTk88Yp0shO+aETUG7utKuZXB8dXWesAyOz9"
    "L9kj5eHJ9yU1huaD7I9KVWAeKbVO6kaKFyp8uupGi1VFHpfMGQptOwLXsjpxPGYDN8PWtT"
    "ppacYTP21rEFaIm5QVn5X7Cs3D9Vr2LmbpwGVLP1Xhm2OnFw2+xSHY8vHKYzyOLba/OOdp"
    "C1s/sMgtgJf/mOl8QpgOvdL+IIQjsaX64T9GyGfBqEKeWfHJki5maOBftJNHXGdk7P5+pz"
    "KPw8nxQp53JuPwcAXEA7cgFBCWYbLgu506uBGycBTNfrGlDR0m5Fi8+8t4e5WoSoryDHv+"
    "aqql2T6srpPZHvnNFR/BuFiglZDSmVxygSCbnqIKmeoy+UfPuCTEfY0JRQrkV4LqXyPIkp"
    "WVjuo03EcaUT17ZNhlxvytWPmWtZ7gNFJlPnMtb6hM/OZ2fEx3rukolMSJ8zU/RE1NkNQ6"
    "1nKLImh8hX3YcoaBsr/hE0A3yK+Eojuhyv8KCfHZE16fF3wI8UzUyL8SfLc1nFu1G+Dshv"
    "2IgW/OcI9Vu8vf/mfHrPJJS/3Zfgu703qckX5At6wt/E/+30KZ+FT/0wl+qXJIydyzEn2P"
    "PP7jCpT/CzHCLoTf52wYzIEXmersfBQA/88eFlzPgV+W73prsMZkBPqFAJ5+aUI0bwZE5o"
    "7LFDNF6yzw63TOYCSjzmmPoJp2JyR/T54W/88PQ5OuOTU74+Ez7RFLmcc/hZp3Iy/0n8Pk"
    "dXrNe0dNJprDaSuQtzIrVP8m3AB36KrkQB8tU9zApyVMWorH1l3ubLdJ9AG630b3t7+/uv"
    "917sH745ePX69cGbFyuhnr1VJN2Pz34VAn4YdwZBOutfNAYBLTVqb1QQcrjScf6QQMM4f/"
    "3pwd2woTvmfet7AqXmcO4m/qE5qIH6Xw3VJBHAqoI1MKaMDfxoamKAWREITxiUVfMQMsSQ"
    "YVUhCWGBH0W1bhb0/FKXGAkUu1Qsdsn4kXfoffvgLR1ygT1ljnZqxHCtP85YiMGGHY5e65"
    "p77z7wWx7yCOPk4vSIORbenaWM8628LtK39jMfRZe29OGIQiuEESXf0JhY3JRLLW5tE392"
    "vvhEBtc/3OXt3JCOPenJwvcEWXx9A7/XEFE34e1a8lseEZ8JMvkm49oLnD7bwSBkdn2r+d"
    "XU9No0WG7FzZZZjeretQQh5Pl2zcfWEaEn2zAqRF3YnjFfwIV9IKECSRvOD+eON3we35zz"
    "BZtQKvr/8ccLVcwwnSBT3CA2Ni1VkmCRqVd6TrAAIQ0d0tC3kcNpf+2W+bxaplEXhGK2hU"
    "vTDLBUCZLDuC5VC1Qn/ly6QuU3cNu2L58P1TvZX+1mdfitjnglz9KuBbbYGd46IvbVHW8J"
    "k14tTDIR4LDL8vYoVehI3Uu0dlcG1Eu43CUbu9+3w+lKznHBzZ/eOreKQVqYC2KZzrZf34"
    "dgGl33UhjRr4lZVW+h30vUcgoKqiClZy1BMm8H07u6NpZo/aT7rloGXbAN6Ki9k3pYoY8q"
    "nP2Bmprv6w8a+jXq6v8URRS8ydy89zsD+bU50p0G7akhGNAauM0HA+K7vIK/P04GLv0KLv"
    "0YJ8kgXuzST1JCKL1roXQI3JTjaXoFbhKrPts0UXYGSbKbhkhnhvABVlUTUmTQmq5ca7qZ"
    "EX+5DN4j8j2vpClDqQPkRbzr9I9RYotn0pJXrOv86vLXcHg6VzmD/3Ix3VSypIlBhei0Cj"
    "ELD4eqVjuYIoOiltyiFuhv1CjKULJdN6JhqKUaqikqQFbdi+u2IqxxEsB0fS+u0K2ahLdy"
    "a6gwI7xn4Ob52YepnlAxFri+3Ra0N2u3vdkiFqPeEmkNw91pkFNyp1T3uNs6sL0J59EU2L"
    "jkSaB6zY2O67OT0UBtSNTGICrmKXbMmijNJFKWVA7U3UzU7gnm3UkN7SNgwUHMdQCVPrha"
    "E9aZDHX6naqJUcNx87+546NgOp3gajjrYwWZOvsjjmhhFoiB4yNrTQf5FGaZQCPy3Sd/wA"
    "Gptbs5oOU4HDq7a826yqGz0FK8CrJdbSker61Ry/54znGx7GfxkWtbGX3wCCWMopnrIYc8"
    "iP7S9C36Elh2q0bZ4n2RTbBDkeOKPtacKOgY9GwmzV3kk2S7jDfyBOhJ0S1NBNJQG+5Jkf"
    "haFLZZYfOJDDEcdVg6gSoAb8O8HjU15PZUz+2BcHkD1k7l9BnInYGo7o6juhCs2czw2SJS"
    "06Tpc+E3xRoozJ7w1rDI5LFjg6DHXZ/Y5rDAnoBjarRM2r3jGFYxE8Px7ZmJK+W1eUOx/k"
    "NVOPZz16tc7JEiA5u8nE0+81w7aOBY0SBPUUJBUwV7fOxOFRH9fAs8HK/Frm7b6A44Q9Dv"
    "rpqpqKQFkzG7owOgNgg+KigB4K6c29Q13tGwp4OtUu+2Nct1bLg6TNnjie213ucR/9BbD/"
    "Z2jDuUhVjBHBNA8/dAlx/Pz5VIT6KurLV4mcp3ee032klpn4P3bhxNiY6MCm9TumNjvsvJ"
    "SY9stuHS6jQ28SzJF6HHEjijumeAgDOqRwuZ9I/s75Vwj+zv5XpHxK30+ZMqZbDQKxKSgD"
    "ukgjuEi51NPH4JKg03dDO94CRqJt3M6aegbnGn9z8PZ2nbWFXMU5B8E5FoscVbb6cDfUBa"
    "8E5BYlNzZ19veOo1YFuALRzX3oSLWrQor+agjigA0K74/DUEFZIb20xuTPj6oKSrBLxpqQ"
    "1tgbrWFmg3kcGOseLtA4PqeJVQA2rbwqNgMk2hjTSmEsB6UWuUWrDVrtVKlhHHlfxOhf5i"
    "h4wpAn/JI8jyw37+cWeGHQ5cW1t75CDyTAxHD57JGHGQ6SA2J4jyF+AYYodyej4YYYpMRt"
    "EELylB2JkiyncMwjNGPDRxbdtk2bra2meHHPhuhR2ZW8Wl74/Wws+ZcuUfvCrjyj94le/K"
    "F/fS3uTxV6LK78gHOEaiIcr7pQIm+wUBk/1swARyddv01sOZKrlbXd8zVai0yCoveYwMjj"
    "nocpIKZqKfi6rbY35WeIykvRjGi05rWRGgFuY2CvE816simZJU0L+hunhyOLZGsDU3YFgK"
    "8lYYV5sGhU58q/2odse+L61iLx3DtrbQy27cUavm9gpnVLzxfb4rKt5pH7oe9OqbHhZ4fK"
    "CLWsNd1OZciAVRLL+nYNjCnqM34d+1qut1YWe1UhO2mOYZfg29TfMEL0b+B6KvFwNyILVS"
    "F7sGbgv6YqLD9faHJ2gEclICi7N5toRHt/OLGj1V4oPrMWydOfemurV04v6w0OaQIw0zGr"
    "o+AI4oB8Qiz5biLvm+MAVASJwvgtgcM2SJxtAYBVXDSLR8xmiBKX1wvaki5L39fGDydMvk"
    "Ye4dcYw5pvMqhk+Sqh7zZ7cwJ4yfwzIR78P8gPdhJt4tvxVCN1Crk5QaqtU9UaNLeV05X9"
    "zEdIqRQTSwy+sL1nE+B9XXOt6o/VoNfdc6t8TN2si76/nTNaBLFwTkd/vZcYjld5GKnNPo"
    "Z3VvWGTufIuPghBLn77xYYG9wVmzqT7EIxfaOAnwUYXPHhrpNNjTeeG59kIhlPJzlSIKLQ"
    "BuO1FJ1LFwi7d696KIDDoYVYj4ufK9FD7h326uLtVYx0jSlow5Yeh/yDJLVVpthPjg77Ol"
    "4xfWjJemxUyHPhfP+8eg/WUQEBV/AOm9PkxaJ2IC1QewixYPXWM8DZsbuysw7BrQNVQYVo"
    "rQYYc+EG/LKNSRnEQjtFMBeWvbMN3HheXiKZm+41PpBFOTZus1x+fctE323mQDhemauD8s"
    "Ml8F0oYlhhrzYOzacN2VQ/gtvlxTFGRaoyfiHPlnpjNED567CrWJ6MvTt0i2AeCDF8RDd+"
    "QRuff8H6ICVWTLI9t0loxkg3iNPOWz85kzTD5VUAMr7L8xpgRR148MEk71iCjxBDXXkCeE"
    "Uv4noVHJrHwQBAk7aLTzZa9kX5JGqwh3FxdspEgTuhvrGkPIKJ+78cUGiuk5Z+pKmRa7XS"
    "zSAvXPCkeWyD9hc9PjogN77PEnwe8nHmGheEEul0TBpG/5H9ajlAVS7vDBN++Pnu0dHCKT"
    "0zGukivzUWqfH0RPt0QP5KdAfkonDJGuC6FS+Qseuedfxib5C0lKyFLp8ipDlspfRcMEt3"
    "EzGgm4jTvjNm7BMhoRe2FhdX5+esiwjIXE4qMhd6VPX/6wwBaB8uBmy4OZyaxKAK8IAOFy"
    "CIdJdZWi/QkiiPfXHu+H4lsovu2AmlZL8W2gAW0Zuta0Y/POKnH7gk+Tun78NAaFnp86rC"
    "Ffx/fPM7ajkaDf90lMgH6/O+2ThK3bywK8ItAugtNIU23PrWY+heM13L8N1AEEXQwqxyIz"
    "hBrCvXdwUGo7HxRs54M04hDGyEdf3zAGWMNgDetiDcs0lG3z3JdsPhLzaGTnKU6DA8dBBc"
    "eBaHA5mWNnaweCj9eNnPFETqgpaIxgWyYu1gLYiM+m3cGOCby+uuM64PrNHR9RUVxA+qhl"
    "lULKJpRu78m78GfR9OtzXGbOzAnOCT1VAeoyNpVOW6ph16dUKVVOz9s1KQ10NaREtnfYFh"
    "1Jqrfoi9D0bblWxr1JTT7nF/lyyCbYCUp/xFDEbWPkuMiXbSgiU+V8N/QU8MaCN7YzfKIF"
    "byx0Yqm/E4v0bODpfWg6p+RcUf+KNCn0sKjQwyIrATZAPzvBZmvQTQ2tvRWIv2dmFfLb5u"
    "TPAMd9Ve+iE0MzcBhUUlLyyOFkqOzWD/XRaginqECcKpBN51NvVtuQooYtnAWaYXq3Icoq"
    "UoB4bRQmfoLYlpGY+JFlPWMYZaMxKWapjsgUir8acPZ9v+/kMVM3q0n7tavLAp4n/xPIX5"
    "/ejK7PTkaDQqZdA/KKIhw9Yc8RWQnU+bugy4/n54N8Dl4D5CM+n/54q4RXDthl4r0iYkI4"
    "6HORnrFtpGmO2UhOpA/8iR0bgAWB3woxOTjYqq2YSYL/KUInaf6YH0HJcOb1kRR/NyNBSd"
    "GdaKs2cz3kkSUlPyMcBDMiEY3cBXHEuUs+40EPJpuLqIedjZ7UOjNETCBi0hku0cbxtcvx"
    "V6I6oCIf4hgJoFwOZTtKhSjrOo6RtIfyYNCsvGvNVSyFQRbu/ILgFQEUAxcvBhQDd8/xBu"
    "nP7aU/gx1cwqyDQuB2LbtEX3SFZZfum55v2S2DkcYsHAq1wH2SEsMCW0osaVV7Kk6jo7bf"
    "SJGf6zBR/yGBqoB1mg7wLoc3Nf9PlRtl3uZyjJBCJ+Xyb3t7+/uv917sH745ePX69cGbFy"
    "v+kb1VxEiOz34VvCSBfza8Tud47+Cwkt9gRaHhxq6/fbFo4M2lvVGVY6fptOszUD/UUJWd"
    "Dz1UZYNbomzKVdhVrxqqKSpAtiBrEBohgyOt+440xc6tAVXoLa1GOH6q+JYQ/x6bSlN0U9"
    "KmS627j4hnTuYDhf8uuDMs8tzhaAy47Pokj4YFLrt74lHlp51v/8VINLSzG3EgiY+qAsLB"
    "cA3RfVkq+eFlQfLDy2zyQ+DWrBKNj5G0H49vXkg1GnnPqLdtCrMf/w/qW5KN"
)
