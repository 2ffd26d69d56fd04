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
    "eJztXW1z2ziS/isofRm7jvEldpxkM1tX5ThOxjOOnbGVm62Nt2hKgizGFKkhKCu+3fnvB4"
    "DvJEgREkmRSH+ZiUU0RD1463660f3vwdyZYIscnNhkhd3BW/TvgW3MMf1H5omGBsZiEX/O"
    "PvCMkcWbGnGbEfFcY+zRT6eGRTD9aILJ2DUXnunY9FN7aVnsQ2dMG5r2ffzR0jb/XGLdc+"
    "6xN+Pv8vXrgH5CuOS//kWbmPYEf8eEPWJ/Lh70qYmtSeq1zQl7D/657j0t+GfntveBN2Tf"
    "PNLHjrWc23HjxZM3c+yotWl77NN7bGPX8DDr3nOX7KewNw1+c/jr/LeOm/ivmJCZ4KmxtL"
    "zETx/p8WcDXb+8Guo3Z0NdH0iANXZsBjR9VcJ//T17hWeHL16+fvnm6NXLN7QJf83ok9d/"
    "+V8dA+MLcnguh4O/+HPDM/wWHOMYVA9/9/KwDumnYlzD9hlk6StnkQ1xTEAbABchGzaJoY"
    "2nVgvYlgA3PPvHkPU8J+RPi31w+b8n16e/nFzvfTr5xz5/8hQ8ubi6/Bg2d+gK8RfO5enF"
    "1TuOfYz1eOaYY0zycP96c3UphjshkkF8Yo499B9kmSQ3p3uNPMOiHPksyAwbh3j3Lu+Fd5"
    "BFfrmYMGx0QzDX39MnnjnH4gFIS2bHIBA9CP9RYSRy28uOh2LgYmNyZVtPwSwpWxTnn85u"
    "hiefPqfG5/3J8Iw9OUytivDTvVeZMYs6QX+cD39B7E/0z6vLs+wwRu2G/xywdzKWnqPbzk"
    "o3JkmMwo/jt49HPTxidKmTIyO1/gjpwyDXcorEyLqYoyQHbFoIcA1wZfrO9EF4OAeI5TH+"
    "4LjYvLd/w08c6nP6UoY9xgJcA13v1DKx7V3H/fUM6L/CyRR+Gp9prrGKlMXMHKM40F+PPY"
    "7E6cnN6cn7s4Fwi6gB4t8TXSmKbmZrFMPL5vPIGD+sDHeipyY2e+IcOplPorb5R/PDefYT"
    "wzbuOUDsl7D3Do2Z5cT0zmzPfRqITJ34qVZq7rB2Oo4arrN5Blc2RrQB/estWs0ctGfYE0"
    "SNHNNF7BXYP+19jT7CtoamrjOn/zTHM0QPMXrOES3401mw6UJ7ORhkBqyZbxBYZBkr7Ctd"
    "Du48GGiq/NDHqY/oaphOg3/T/2YfR18XPpey6t6Z9z+KYfe3w8Ojo9eHz49evTl++fr18Z"
    "vn0RmSf1R2mLw7/8jOk5Sutd78SwxZxVM8IQFHuEA1kjcxlDUt+mtK8I/Swzr2HFd/oEjm"
    "h/d0ZrgFQ5uS2ogz6dqg0iP4u25h+96b0T9fvCoZ5NBwf5EduNCkP+SP0usnebBU3JKSIh"
    "vtSR1jR+rekmj3Hp2JcqCmhQBWwU7PFzf/S3pLCKUU3BIOnz+vsCfQVoWbAn+WwdrXZqWA"
    "jkUURPnVywogv3pZiDF7lIY4pbJXBTklBDBXgJksx2OMJ1hk9jiOhQ274JBLymWQHlHBpq"
    "AObaJ29cN3V1cXKdXw3XnWwfLl07szqltw6Gkj00uZPDHgE+wZpiXjdIklwOci53PJcZk7"
    "JIOu8dhx01yD4LG2ng5y45aV+CC/PTJsxIkkNJ4ZNn3Nt8j0CGLAI0bhmBMNBVRO2AL5P+"
    "8n9GhYS0zQCE8dFwsZoZq/49ZmzYyph12053+ETMJhRfQPZKCxi9lMD75YC9r6z3wScIIc"
    "G+9vQi/5ffqrLP7Tf8Z/ng4MUmcZpGiApMYgKdUUjaTqWAB716RjM7UVVVWDM2IKKsIvqx"
    "h1L4ttupc5ky61zVffOVJiKs3hlveOWLmoqhbHEqAWbx6KxBUnGdgjAUC9p8aINxs6D9ge"
    "CE2R8OEaQ8SbUXU6bLfWDDmher3hUgWdy/xMNXPriZsGN7+cPDs8fsWUe+LR1TzJO5wlZd"
    "fr+hDQ22pALxs1fWaQmYwCk5aqR3/ZLcwN03j4+8Kk+80GEaVpSXD7dtrt6+JHujI2CRxO"
    "S9YwzP05wXs3ygG5tcEopyUVXMw9DQ8PFkv5qINbvD6FBAI42gsL53Dl4ZWOWL5h/XzC8x"
    "Hu7+WttTHLybm1Ph48WN41gOtH3J/G/akJb3o/7FJEODV2vOGMHV8DgeGdeKqVWd5j2k73"
    "4oa13oIFQ3mHhjJZjr5h0VIvtpITIgpS/I0EboFqXYy+uqq153iGpXsGeaADurQFY1+4fY"
    "lE23PzPO/0ZpbUU+YLHnSxGchF4gB0LsjXsvQYLdvxTConG7tX3EmLgXzRJ72N5ONzlfm7"
    "9DkmhGp9clZmkThYnKI4iDn7Ja6OH7H7pE+MJ0HsdYmPXigNQJcAzVQx2W1cLAwwl8BMqF"
    "G+Oc5paTgtC2G28XdvI6dJXr4V10mbhm1P9PxqnhPOcunGmC8KSSpdJKtSRFdtywriPOtG"
    "9JszkgM0FoDjVQwn8aQ18qwYQFtg9HiYGo8Ugg0MnowoQLzWvcb2zhocQB+Cbnq201Z1/C"
    "STvax3q6WO+tq8aydxf4qiLNSR1uNNN9YaQP7V76Vfm0NVZOMDPQUn/Xp0+eXiIoenf1DV"
    "43W/72+8VyVck2d6BXRT51QNCA9pf8NEd2oCLTrdC8AudsDntmifnB7zO/0Cyu9d0MuH36"
    "6xVXTxP7VHXyY6VGcwcvO3FqzYxFXoMEuBFHDuW+L0ye9FVZBqXH2KrrtGI4ZSSqUoaCir"
    "dZbEDeU0Xggd6pWBqKHi0CHZnE+Q7QmChiBoSFvjSwCWG4itDthVa4mtKtaUHzG8rVGQil"
    "FWBG5RuH0txlP1UPt+QtUN+7zP2AXFAWqBTb1SCmlKAxtz3TLtmngN2lvle0a9xOubM9oS"
    "qWpkey/B2R2r0Ru4mqc1wuOxkNZInJ9raY3ENbkqyUgW2CWOjZwpSyTIe0ABMfIzWpnejH"
    "68MAhZsZSGBHsa+9txPcNCS8IyErqOhdHpxfnZ5XBflLCk9v6BcAHCpTObRguEC54LU+QW"
    "AxwJNIXw7nLFHB5XSRZDWxUDfJxLFxNuP9KJeXKCKhTezAJ+XAnw4xLAj4FCBAoRwpEhHL"
    "k/iAJRCxGIPUBZIgKxEjHOEg1uSQKkkmb2S/Npmy/5cTjetuOL+jixImOCalx4Wx78c9DZ"
    "NetLUcBM+9H0tp1TnznVdM67Umn1Nc9ZfjDG9M1uPMNb+tqTkLhMtdIqsJdTLsCilEOJCh"
    "ym3xqFAbeMbGRlVZgSwgrzGl7MPc6NJ0Qw9vnIb87oJ4IWrsPMHCJiL2vsGXhL4C07s3G0"
    "wFsm3ywH8xB/L5i+GbH20B4Mmt2khRzO2T+GKfoml08/onAuri4/hs2zSfYzfKZDTDHqhX"
    "tGUgRIAKBVgFbphh6nNRH/1lY8RB+NCnZDLlT2tgdJvYtuKbD8q4SM9J/XwYcodvmyBRss"
    "xR0V2mBZhmmtDWZnBaqEkcQxG9TwcVY2Mu2R8/0tKzyJXGfF4kBYgUpzwY2lIEgF7T3QUS"
    "Po8uwP3Y/x0IcnN7/daAJTrOZvuLUTH12f/f7l7GaooQ/n15/0T2c3NycfzzT069U7/WZ4"
    "Mvxyo1Ol7PLj2fv9A/QbXlCrb2G4Hpq6zhzxJNbsBQgiDrKdW5tOS1b2kxUAfaTvNDe/c6"
    "PRWzmIVS3F9ASrahJ+HUS/iAnweGO5aptgJ25pJ8p7qZX1TvfEGx1iUuqOZtuCjPkftlfQ"
    "/D86rGD9Hx0WGv/sUTbXnCGbhzUUgayrEllX6QHnuLosk5WWUnBCN8Jn+aiZRPe1JMnpLZ"
    "CGmS4x08lyPjfcJxkmMSGixBxvm0eEgC1gFvuIKOSPrBXOyACVAzUrBlNViC2/qSiLbFII"
    "pmxBXk75dJwAaCGg/Ka7JKRJGQAVPGDtBxanuNNaYorVS2SQBTh7bkP4dhfCt/ObcR04y+"
    "Qw6dhmXBXj1ClUMd9pbVO4Ys7IvkIb60wVgHXjpBy1YFs9yUdP4U2r+dUSIdeArlKxHVlM"
    "1yaWLo6fad6bH87oQkd+Ysqv9eEnlhskt+yViaCV+KI907OkXD2RgBIMeAtenvjiQVWIY4"
    "kWY5XfX598GA5agfnFqwoov8i68mOQ2aOsJ22MiRTGsYSC87h+gCMbTgDyrzdXl2sYWxHQ"
    "E3Psof8gVqKzsUn99+nSHjMs0WhpWp5pkwP2ff/T1DwvgZ2hVO5Qy/rOtHSICusg51CDvB"
    "eFK0LdvBe8LqX8kCfEWqmy2BlXdoeGt1IgGVmO5qa32brOysJId3mkx8xytqzNdvCMLIx0"
    "l0caSmy35gCHEtttwgwltluBGUps/xjnBMvCrQfoy924FkjCesquJw4S/r4w6ZBtsJwE4q"
    "B2dXk5QcRxG6sqJJNGT5IIZ+VA04Jw7uYRhXDu2uFM1gCWADUpBtAKomTTBX+rxsmmpQBY"
    "iJSFFLy9QXnDGE6I1do+Vkt4qtWAqmJ5aES4Jk/yKkGxiTxGW4IbxLCplxkpC3PmWK+Acm"
    "xf1TOJp9PKdd16inHOIpWO6kwEJdlkhd1ts5/zThQ67kRKwq5ToPdksqag212ZvT6ixY+I"
    "7ZH6PehG1fU4Na1tkxR+WViOMcGTD6bVx7CxHebe83Oan84Mmxu7BSH7qVZahbh9P5pYH8"
    "cSa5PvXdkYUVH3KZl63O/umZ9OHc1M4jnuE0tZ7mj0P9jW0MxZaWiEp1SzQIY9QcbUw24+"
    "B3rtvVdJehfr/ibku4N8d+BbqyFM0Vm6Y6m7I7EEBN1XCLr3N7s8wMUB97FE+8H2u1k1jY"
    "TV86NFBvdIAGDfBnY/o53MEZwUAT/H7l2dXZvCDfuN2iTduwbtlqy70InBlzNwldWATe59"
    "Hbx8zlNVFJqxYSKLteZrmD4D7pz3atPUSuxBuHPe9J1zKNjUQJCjM1+wHVY2DXlKDjI0S2"
    "RojpDb5HZcRhbCtLtMJcWjJXJVFx8MWbmNzoeOjWsLx0MSts2Szxf0sNn21rEBaGlzg9QN"
    "hStA3dQNu0l727kBbpaV2U06y66BXDmsrDCfpVQNSAjlgVCeHgdfDLExDwjDYs4qbqNVYa"
    "5oc30et69Wdn46Rb4MMgihuxWeIM+Ja8IHYeE/sQryxrygwLx8HwKK7KsghJ/37YdPAHu2"
    "I/YMrrS2wfbwmS4HblIEMF2vpsENoXZvCPmb9/YwyznX+gpycjXLasVNqitnj5i/c05H8R"
    "+UKiY4alIpBJTFYFLVgUuJwzhTLW7tW/uO4D/v6CuzyUF4jWL+jLBQT1ZVmV0hfIteaOhQ"
    "Q0caOjg4QCvTmyHbQffGQkOmjcbOfG56yHEn2L219wzLcsZsevm1kVmXrBOqvNzxX3zK1g"
    "B279C3JfHC+FDWysVj2geLJqU/1SaGnwfU753s07c995BJ0IraeIFiRBDBfmzpgupNiI0X"
    "VaDQHY/uuTtAd+bkjv4K68l/OeKXaKa/jH3dauZY9IsZ1PStTd43VexTP4dqXq5De2Y/gP"
    "Avsnk9Zwsbj9iHi2CXfrLPwRyyX+EsPfYb/GOGoD0mq4UqnMaiZzXkm3AaClJ0a3HR6n3a"
    "t4fIchQNLrm12Re7eGEZT+xVLPrj/EHg308nFfKT46IFHVtmS9BXM/y3Y3WoTUzo290Fm9"
    "CjSUz6k+/QHn2TYLD3aS9PDFmuS3LBQPOcG09ohg3XB40ixAXe8iZM3qRvF/RIwVtpFDZE"
    "wVvRr88Orx/PjPYIU2xn5oQNuDGeBTD636eh0dJjozCjENLfPaJg+hHHrFcfe2Ks9t+iOx"
    "cTx6J/kwP/xx8Ev4+9LdGdqc7CGPjb3mloQuGd4MmtzSKT41nOhtyfdXhSrFUnbtHSxZJT"
    "plMNPGdhjqOWGvoafxKHVUTPDE8ysvmdef+jqON/Ozw8Onp9+Pzo1Zvjl69fH795Hmkz+U"
    "dlas27849Ms9GSBOJ6pZ2NkRT8gYBKemQrQwBR54q7CiEdTu1JRsIjpXI4TiigYDhO/VH8"
    "3eBrOsb09j3OWXE4oTpnI7lcoTRvI7CG5SU34GzFwgCzIF4lZe8LjJnScKGcMARCSsQKLY"
    "wndqk+D3rxjbSECNxJk7yTlvNZ7JDpDejNQRHhGz7X1vK+fpr1qr5oxj1aBvEClvWA87r3"
    "Jv03YiSaaSOD05gHyGcpV4z8Wi4mnKndYwwjcZDljB/wZN/nTEdPyMiRyM18za2dpHw9xv"
    "D6vBxJ0NH844BNJcikH/IXYekS8JyxeQHZ6BO4b1mvAfG8culKdQljQ5cYzTBtRFtyHtC3"
    "I3hiA5u+PcGupyGH06Cc9P0pEmbvzqs5lLxswFwGTOXEqZjtoJAD7IDt3AUusDHXPJtAuj"
    "TVl5RSJmN7C2Rfl7bpz+7Sxp8MV3jjLdOiwla9YI31edh67W79C90Yp4ZLNw6PirN9ZGYw"
    "/82Shf4YocPM3/ve0lZkOWf7Cnds0ed08tHdznJWuf25ro5v7TtfSKdmorO8n+l8p+f+IO"
    "OR7pv0GA660diWnvQZMcePi5k2w3ZUjxqZB+iEnwXO9NZmG7ezstEec7ZxMf+Y+4ns857Y"
    "18Z76Mpg7cPdOr2fw+7a7d01P4Hk9lmxPOy4m7lXAjTlvSwpQbiW1TVfS0dOVZ5KW3CWhi"
    "m2i0/QMJc3XBhXZufn/8/BWuygCtsr6J9qpkT5jO4Lc0wIy+FMv57perppBxf7dDw3TEt0"
    "MaGM8qvcJzCBcGsQbg1ucw5n/Xbb3rtS8dZbiUu+lmtq6kWdZ26M2x7VpWqB6tTvS1Wo/H"
    "y726ZR9qH6wNPh+il/VcWrIxdH+4xdECRQC2xBOQ1VEfvmjLaESa1sfbkoqrDKyPYoSVRk"
    "6SVau7u23Uu4nKU3cr5vh9MV7+MTNR17SwyWg7QwF9gy7W1X3+egG1XnUhgVV9NmJV9Cqp"
    "eoFVwAlUFKzbuf6dhXgzzUNbFYllPVZ9UyKPiiQ/GYSnit8GjmOA86ticLx9yafvjD7+4s"
    "6E0l1Jr0LzEtXuBeCpT7Yu9SkPG7UefS19iH5Y5n5qOfOtS/gc4JXKhfA+6n1sBt3v2UnO"
    "USHqakGDiRJJxIiZ0kh3i5EyktCcEbXQveAFdhtT1NLVdhatSnm17RmcL1nE2d8n52EFk1"
    "ISMGuaur5a6e6smXy+E9xN+LLlPnJFWAvGzvOvvHMDXFcxeioq3r4uryY9g8e0sqh39w/2"
    "aTkyUrDCpEp1WIaVg9Vi5rQUYMrtMWXqeFLJ6NotyBKxmKIRo6qORQzUgBsuKMs/eSsCZF"
    "ANP1GWdDWjUNr3QC1PAOQs/ALeLZtUzm08QWuD6pLCTxbTeJ7yLh2d8SaQWDBLIgZ86dSj"
    "mS7+vA9ibsR1FgkydPCtVranRcn58OB2JDorYNQjIytmPWROVNImNJFUDdzasBPcG8i8HI"
    "PYZuN7HIfQRsZrL06YJ6h/JA+fvgKU+JrdCpk/YS+6VssE4P9Ifto5NPgu5UgqvhgJkIMn"
    "HgTBLR0gAa3Ui2rDWS5msYoAOVinYfN9N2UtaurVOoSdRNTEsYomD32NJEUeuKkJYxSuJV"
    "CjWHareqO1lzKHmZS3z2J4Pcy89+L9lybWKzzy4mOMjYZeMVK91CfkZ3gVEcFZ9h74vm2L"
    "BZzkRWt4YKBfnDnk05U4B8kXwZo0a+ARLIdEsTgQjehhPIpFaLwDYrzRSTE4Yy8pVjzwLw"
    "NgyJEktDWJR8WBREGjRg7UhHHkHYETjEd+wQBz/XZobPFk6uJk2fT34Gu4HA7AkfaWUmzz"
    "zRCBJS9mnb1ErsCagtqGS88wPFUMZMDNu3ZyZGymvzhmL9lfAo9jPHlb4nkxEDm7yaTc7K"
    "ZQfZViUN8owk3AWTsMdHzkTg0S+2wMP2Sszqto3uYGcIklPKmYpCWTAZBXWUfaA2cD4KJA"
    "HgrhTb7Nre0TDT4UVRi9ua5SpmR9Yy9nhqeq3nPJILvXVnb8d2h6oQCzbHFND0PdDll4sL"
    "IdLjOIVyLSxT9ZTM/UY7fdoX4L0boikVISxgm7IRxMWUk51t2WyuqqiELvsuvi9Ceiogo7"
    "pngAAZ1aOBTPMjR4cV6JGjw0J2hD3KFg0XKYOlrEgoAnSIBB1Cj51NGL+UlIITupk0ehw1"
    "k2xG+gmkW5zp/Y/DWc7nhugyT0nwTSyixBRvPRMRpFBpgZ2CwKa6EY0MJjlYs2KArRBbvz"
    "CAJLJJIaCoBRQ1y4kvR1DHEgBoVzh/BUGF4MY2gxtTXB9c6aoAb/bUhoxKXcuotBvPYMe2"
    "4u0dg2J/FVMDapvCw6AzRaGNNaYKwLpxapRasFUu1Up+I04q+Z11/X128RS7mI3YGidgoq"
    "VW1R2oL9JCa+/f/jGjrZFjY8Qd1WjOz2u0Mij6/GPmdUDOFCW/5S06t0fO9/9CBn2Gn7FK"
    "78hYGK6Xv31bc/+39qWDXGcV3NT1ZhgFEw7tEYzRnYuJYz1ilxyYrIuD92cfTr5cDPXP12"
    "cfzq7PLk/Pbu72i67wfo2vs3NnC2QX2aXbE/xjDfrH+OqQ9CBEMuA3qO43wPOgmKkE0JEM"
    "AC11URqS5zRLuECyFxmFtKvJXhI1lgUaaLoCc7HW6Vd71sOdar2meWKHqtzKNT0P28i0uQ"
    "JH6AtQAKk+R+VpY2QQZFLtcGwsCeYqIKH2CzKmHlUcx858bgr0zNp7hxuZ3dIGPUdGF/Rb"
    "K6gJHh6/rBJYcvyyOLCEPcvGNoy+YVG0cTHACREFUT6qFL5zVBK+c5QP34GbY23GjkBxxM"
    "Kprm5xRML9A9JDnhCDemVdDpk2PJZdUJR7vPiOYkKkPRvveae1rBhQyyCejl3XcWVOprQU"
    "ZBOTP55siq0eTM0NNiyBeCsbV5sGhUr7Vvsxlh1bX0pFAnUM29oCgXZDR302CFk57uSaZd"
    "wdCBipdAOtjJRaBE11N2q7npdChKJr4WdL9tSx8bOZs3QRK0KBvJnhIYtlDzbS/kvHpZ8s"
    "HNczLETlXMSyBRssv3Cemaq3/1s7/JE/086sJ05m3fxy8uzw+BUyCWIlR/AEKKxOUlgP2N"
    "ZnBpnJUVlJqXrIgN3CnKJaXlXhs14V01mvcmwW/r4w6frfQK1KSypo+qukU9FtcRN6JyEG"
    "tn6XxxcYvOIdVF0Gb6NUX5Djax3Ps4vgCAUh7VxsRMcwri80QrAn1ADuD5IMqSQL0q6Nfe"
    "wSk1C8f19i92kgsvbTLbRScz9sq/8ZNa5g7390jcXs9wtEAV/OWfDHAz2NbDR64gEjoS3t"
    "TLlp7eHv3ls/RsShc4u1MoK6QGhlejPWSGDz1/4dtzYzAdHeycKxLOcngtgxOjc8c4wiGB"
    "CDwcRkX2MEgovv2acu/ZwlfI26pLJ0fMwpJt6tvXfHaKGp5ayiVyWR5N1bdEfnF+v67mce"
    "UOP/8SxuykbF5yHoeiMYuUt7/+CWLsmFF0bgMHt4ZNBnxEH4kY4T/aUu/T9auM4YE8KhIW"
    "jFuBDDfmKgULE5srDh2lsH45CZQZGWMbhjCTC2C4ztYo4jWohVfUmRAIQ5bOBHChZkHvDS"
    "+OKEFCQ7kggx7pdJ2uo2o5ZFmtPzd6QtmQtsmTYW6knhs3INKdkKypO0thyg3GFrAbGNlD"
    "uc0S0iuG7uF//UgwpGFL0xXdei8vSlJRArddjiYRyuBjiLgR7u+GEMycqUjaTpGrgthNKk"
    "StGLjpFA6sNv19iKUnz/CGXosw6Le7wlPDdeUJhPFYAatTV4sNG5/WiKa8CnnmulNgdvqZ"
    "txU8kYLB6GwQqu52KkAmI7iIYKA6EEtwG37w9Mnm6ZPBA8BcFTndiWu65GQ/AUjC9Yxz+k"
    "dbyr4KnODXGzNvLu4lG6BnT/A1J+ZzkDCypyRc+0MnPnz2QrcLH0aY1rJfYG3ZrNcFgrQp"
    "sUgX1UwNlDRr8Gi68vXGe+EBxKxaE3sYQSALcde8MSzlKLV77MWCwG0TcSHj+Hv5eAE/71"
    "5upSjHVCJGvJmGMP/QdZZqWUyBshPvj7dGn7OcdGS9PyTJscsO/7n0H7w8AgKl8A2bmupa"
    "0T1oFoAeyiFkvXNp6GzY3dZQLvGtBVzY2SVOBSHjrDJivsbumFOuGdKIR2xiFvbeum+7Kw"
    "HGOCJx9oVyrB1KTZek3xuTDnpnfKSmFwczFnvubaaGVmLENct1hzfZxov951F+RXQr7UhN"
    "1GQA/4iafWHFvO+AHNTXvpYbRH6Gb1zLRpT6a1pOeKhlauE7nlmKeG7At8eTV/wa19a1/Z"
    "mGeRZ13t0b60oIt9DZn22MXsbgP9Jn4Pw/ckovPLm7PrITo4OEBXl+iUahwX56dD9P4Kff"
    "nMuD/25Na+Pht+ub48v/yosdsOdE6Ml67L84uGv4K+HrvkYC/9PA/TzGUITBA2xjPEktl7"
    "M2y6t/zeyMIyxji8UMGBQHtRqvv/ZmPHh+5g8VSS3J7+UK4D8J8Kye13m9weC25JlFjCWJ"
    "07Ei2k2gymePVpGws0pZH2b/ImCW9hoaoSl8JSWGD4B02415HbBIHeP6TnEFXJsFBlyDQp"
    "1xgCLdtLtgYCvF+LHO4Y7OqOgWd6lhTAkQAgXA3h0DMnRRmmhIA0rJ00hAh+iODvAEVYSw"
    "R/oAFtyX8pWp9xZ+H8fcGnSV0/mUVIoOdnkgwV6/h+op553LJW/f5rtFn5Fc+AkgKFX111"
    "tKASYDHARWUAa0N4dxcXGilj5DpyBlXYXsEJ3EB4UZhaW/YKTk5QQbgPj48rTefjkul8nE"
    "UcYviL0Vc3hh/sY7CPVbGPfZf7dlbfydKbDVk/Cll+qV3eTwoDVIIElcDy5oxnhr01peDj"
    "dcN7POUdKgqah425zsJgagFsSHtTrnxzCq9vzqgOuH51RieERSXhPmpZlZCaY0K25/Y++b"
    "0ouvpsxzOn5tgocEbJAHWZ6ErVKZWES1+4eIpdTHWxGpH7HHWqKobpSlhbQperwKXIGm2Y"
    "ged2jIh7v18TWUOiJhUy54QpPhGX+hndhYnB6Tg+msSkfd7xl0NzbNiER5DypmhmEGQ7yF"
    "eoUCwmyqfT0LdA0A/4ADqzT7TgA4BbxfVHp3I6zZg8hnyNxF3MrCjcx5S4j5k/ATZAP9/B"
    "ZmPQTZWjvRFIvmduFIqvgBf3AFW95W+EJ9AMWCopJaVIHKpv5ad+qI/KIZyRguNUgGw2rH"
    "+z690ZaZjCeaA9gzxsiLJIFCBe6/pLVsPY0v2XLL/Rsw2jqgsws1mur9OXO79qwNl3OHzg"
    "JRNuok77NaurAl50/qeQvz67GV6fnw4HpZt2DcgL7oKpCXvBkZVCnb4LuvxycTEo3sFrgH"
    "xI+1Mfb9HhVQB2lSAD5qbDFPQZiwna1r05M7wh70gd+FMzNgALog0kHMFQpKEtn0lq/xO4"
    "TrL7Y7EHJbczr/ek+LMZMUmCHlj90ikvorok+C1LA8KdGfERjZwFtlkNAX/j8eu0srqlee"
    "9JrT2DxwQ8Jp3ZJdooxbYcfcOiZMslBXxjEUC5GsrzOP6mKnWcEGkP5cGg2fOuNaqYHwZ5"
    "uIvvpUcCcCe9fDDgTnr3iDeIuW8v5h7s4ApmHdxHb9eyS+X4FFh22RygxZbdMmipT8OmkH"
    "KqT6eEVmJLsSGVtaeSMipq+43cLHVsj1064kBJYJ2VA7yr4U3M/xPFRpn3hTtGKKGScvm3"
    "w8Ojo9eHz49evTl++fr18Zvn0f6Rf1S2kbw7/8j2khT+efc6mRmHx6+keINIQsGJXX+pSO"
    "LRdvdYl92xs3JQlXMt1JAKoBh6SAUAtETVkKswuaMcqhkpQLYkahBqwQCR1n0iTTBza0AV"
    "yuuIEU5WyNwS4mRJTkXRzZw2XSqW+gcezRzn4T22zEfsPg0ERF62iVbG5a38xuwHxq3XBm"
    "qw4i1BORXkOSgQRg79GD/yQAvH/8OeLByTVUphl1HDv34iocQTspx7QcGZBvpfTzR+HYQd"
    "BONO//svKfaxjE5QjIBshUkopikJ/lOSzfEFVFJwWiZzPGdhjmVIhkhAQSqn/uSOReH6ZS"
    "ROKAEAVwA4OE8kbKOEhEr7Ro0GJ1nQb8AUsolMpaecHNybyoOLXddxZbaDSECFa8MtFCib"
    "LF3/os9csOsWzt2MFFTXyl2Il+bHleXFe8KDh5iUEuEZ06jiaslIwSm6nl4MIauBqQmIgL"
    "NEjz3Duiphk5lnHSRsokEoJmyS47SesEnOE4i/6tXq10qIjaUrVZ8iaK6gAXj4vOoli9Jb"
    "Fnm1ryxLTzHQdaTm6dZ1izTcx5XQPi4B+1hQX5ExQFKcRiyh4JR+UQnjFyUYvxBczsJjF8"
    "vdzYokAONqGC9c/Gg6S6LLgy0QVc8+bwN0fWl7otpN5bZlYSc1mJsdGxKVrM2FsSRY5GAr"
    "y2UYC0EOSYkMhlPDtOhb6MQUJu8sX185YVhXXV5X46VLHFeX9p6m5ZQhPVv2oAb+JBm6OS"
    "miDOy1cc1T0yWezvagpYs3iMwWycMG1uUNzMbfPT1YFBsMuEAcxrvL4021PcLYyaD4WFWr"
    "KyOmnsX1sorB9bLY3nqZM7d8yDYysjKisKK6vKLgHlPxEoN7THCPCW6FdD29ShDbbW6bPE"
    "QQJ68I7I3mETmh0I9nA4EfO3iilbmvjbgNOK37tPdpJU5runyIpD81IaKgF6qRFBZsUUkg"
    "HDRXEN1G3E1BYpU8wsX5ABMi7WcE3I25U1vuv5wq1WZ01l//D64DzFI="
)
