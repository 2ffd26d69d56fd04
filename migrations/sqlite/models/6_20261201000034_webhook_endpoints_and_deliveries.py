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
    "eJztXW1z2za2/isYfakzl/FNnDjppjs74zhO6zaxU1u53dm4Q1MSZDGmCJWgrHh3+98vAJ"
    "LiG0gREkmR6PnSxiIORD0ADs77+c9gTibYoYcnLl1hb/AG/WfgWnPM/pF5YqCBtVjEn/MP"
    "fGvkiKFWPGZEfc8a++zTqeVQzD6aYDr27IVvE5d96i4dh39Ixmyg7d7FHy1d+48lNn1yh/"
    "2ZeJcvXwbsEyoof/+dDbHdCf6GKX/E/1zcm1MbO5PUa9sT/h7ic9N/XIjPzl3/vRjIv3lk"
    "jomznLvx4MWjPyPuerTt+vzTO+xiz/Ixn973lvyn8DcNf3P064K3jocEr5igmeCptXT8xE"
    "8fmfFnA9O8uBya12dD0xwogDUmLgeavSoVv/6Ov8LTo+cvX7/8/sWrl9+zIeI115+8/jP4"
    "6hiYgFDAczEc/CmeW74VjBAYx6D6+Jufh3XIPpXjGo3PIMteOYtshGMC2hC4NbLRkBjaeG"
    "u1gG0JcMOzfw75zHNK/3D4Bxf/d3J1+tPJ1cHHk38+EU8ewycfLi9+jIYTdkKCg3Nx+uHy"
    "rcA+xno8I/YY0zzcP19fXsjhTpBkEJ/YYx/9Fzk2ze3pXiPPsShHPgsyx4ZQ/84Ts4gJss"
    "gvFxOOjWlJ9vo79sS351i+AGnK7BqEpIfRPyqsRI697HkpBh62Jpeu8xjukrJDcf7x7Hp4"
    "8vFTan3enQzP+JOj1KmIPj14lVmz9STot/PhT4j/if51eXGWXcb1uOG/BvydrKVPTJesTG"
    "uSxCj6OH77eNWjK8ZUujkyVJuvkD4sci23SIyshwVKasCmiQDXEFcu70zvpZdziFge4/fE"
    "w/ad+wt+FFCfs5ey3DGW4BrKeqeOjV3/Kp6vZ0D/GW2m6NP4TvOs1VpYzOwxhgP79dgXSJ"
    "yeXJ+evDsbSFlEDRD/mphKU3QzrFEOL9/PI2t8v7K8iZna2PwJOSKZT9Zj84/mR/PsJ5Zr"
    "3QmA+C/h7x0pM0t/NiT32B3INJ31Q6NU2WHDmJYSjduk8AxO0AhbHvaQoPkBEXaLItun6P"
    "qnk6dHx6+QTRH12T6aHA4y66BKK1GhQG3ap9rEV82cWXSWB/d0ZnkFylOKaisVqmMwz61v"
    "poPdO3/G/nz1sgTTSIp/9TIrxIdPjsSjtJyBvy1sJg9uIbenKTWU2/srp4uPMuLkAzsZ26"
    "hnacoalrk/inLvVnnMNM3tlPA0pYaHuadKeHhYyleduD6TotRUxTTRVqpixw5y3Ro400am"
    "UzVQkyQA6UblW8BVg154zef5iOcj3F8T+UbNMLm3Nmvd4fGuza5xGs+nJ7xpftglvZspO/"
    "5wxq+vgUTxTjw1yjTvMRtn+vHAWn2NoCjvUVGmy9FXLDvqxVpygqQeFXnf91RKST569qyC"
    "lsxGFarJ4tmfIFr/5UVrn/iWY/oWvWcLunQla1/IvmSk7XlknnWamSXllPmC37OT7UAuIg"
    "egs0BbjmPGaLnEtxmd5Dp+S4iDLVcOd/EkGcBHbJamEF9/0q4x6O3l5YcU13p7ng1I+fzx"
    "7dnVwXPBrtggOxAf82sh9ioPKzHnmFIm9alpmUXkoHHK3Ohz/ks8Ez9g79GcWI+S4KASf7"
    "qUGoAuAZqLYqpsXE4MMJfATJlSvj3OaWq4LQthdvE3fyunSZ6+FddJm4ptT+T8ap4TYeUy"
    "rbE4FIqmdBktBF9JjtXU9uZq2CYoAFEJol/JSA3QmACuVzmc1FeWyLNkAG2B0uNjpjwyCL"
    "ZQeDKkAPFG9xrnnTU4gN6H0/SM01Z1/CRumAputdRVX5t37SSeT1OUpTLSZrwZY60B5J+D"
    "WfrFHKoiG1/oKTjZ16OLzx8+5PAMLqp6vO53/Y33qoRr8k6vgG7qnqoB4SGbb5iYTk+gZb"
    "d7AdjFDvgciw6M02OLv7XE5Pc2nOX9L1fYsaKkgjIefZGYUJ/FyO3fWrDiG1ejyywFUmhz"
    "3xGnj8EsuoJU4+nT9Nw1GjGUEiplQUNZqbMkbign8ULoUK8URAMVhw6J/+dgLY4bisZD0B"
    "AEDUHQUJEvAazcYNjqgF610bBVRZsKIoZ3VQpSMcqawC0Lt69Feaoeat9PqLqhn/cZu7AE"
    "Qy2w6VewIm3SwNbcdGy3JrsGm61ynlEv8fpKRjsiVc3Y3ktw9mfV6A1czZs1ouux0KyRuD"
    "83mjUSaXJVipEssEeJi8gUWSiYAYWGkR/QyvZn7OOFRemKeBNEsW/wv4nnWw5aUuyhA484"
    "GJ1+OD+7GD6RFSypfX4wuIDBpTNMowWDC55btqMC8JqgKYT3Vyvm6LhKsRg2qhjg41y5mI"
    "j9KBfmyRHqUN40C/hxJcCPSwA/BhMimBAhHBnCkfuDKBhqIQKxBygrRCBWMozzQoM7GgFS"
    "RTP7Jfm0bS/569h4244v6uPGWisTTOLCu9rBP4WTXfG5NAXMdh9sf9c99UmYms7FVDqdvu"
    "Ztlu+tMXuza9/yl4H0JDVcpkYZFayXU0HAo5Qjigo2zGA0igJuubHRn2HEhZA3aDWz/Nj2"
    "OLceEcU4sEd+JaPvKFp4hKs5VGa9rHFmsFuC3bIzjKMFu2XyzXIwF7cKypC1h/Zg0CyTlt"
    "pwmmgYtCDUlqNeyDOSJGAEALMKmFW6IccZTcS/tRUP0UelgmfIRcLe7iDpl+iWAitIJeRG"
    "/3kd9hDNki9b0MFStqNCHSxrYdqog7lZgiphJHHMBlN8yMpFtjsi394g4mLkkRWPA0EeHt"
    "sLoSyFQSro4J6tGkUXZ7+ZQYyHOTy5/uXakKhiNX/DjZv46Ors189n10MDvT+/+mh+PLu+"
    "PvnxzEA/X741r4cnw8/XJhPKLn48e/fkEP2CF0zrW1iej6YemSNRxJq/AEWUIJfcuGxbeo"
    "9obLmI11hDc/ubUBr9FUHWcsLeboyrqoRfButfxAlEvPHvoCe2qSeqe6m19U73xBsdYVLq"
    "juZsQUX9j8ZrqP6/OKqg/b84KlT++aNsrTlLtQ5rRAJVVxWqrrILjnimqiUrTaXhhm7Enh"
    "WgZlMzkJIUt7eEGna6wk6ny/nc8h5VLIkJEi32eNt2RAjYAstiHxGF+pG1wrlWQFX7dqfJ"
    "YKt2qCO65ltWlN9SL8cJgBYCKjLdFSFN0gCo4AFrP7A4ZTutJaZYv0IGWYCz9zaEb3chfD"
    "vPjOvAWaWGSceYcVWMU7dQxXqntW3hijUj+wptLDNVANaLi3LUgm31Ih89hTct5lcrhFwD"
    "ulrFdmQx3VhYujh+pnlvfrSjCx35iS2/0YefOG5Q3LJXKoJR4ov2bd9RcvWsCbSwgLfg5Y"
    "kTD6pCHFO0GKv87urk/XDQCszPX1VA+XnWlR+DzB9lPWljTJUwjik03Mf1A7zW4SQg/3x9"
    "ebHBYisDemKPffRfxFt0Nrap/z5dumOOJRotbce3XXrIv+8fTe3zEtg5SuUOtazvzEiHqP"
    "AJcg41qHtReCL0rXsh+lKqL3mCrJUui51xZXdoeSsFktHlaG77253rLC2sdJdXesw1Z8fZ"
    "joNnaGGlu7zS0GK7NQc4tNhuE2Zosd0KzNBi+69xT/Aq3GaIvlrGtYQSzlP2PAmQ8LeFzZ"
    "Zsi+MkIQexq8vHCSKO2zhVkTFp9KiIcJYOJC0I524eUQjnrh3OZA9gBVCTZACtJEo23fC3"
    "apxsmgqAhUhZKMHbG5S3jOGEWK3dY7Wkt1oNqGpWh0aGa/ImrxIUm6hjtCO4YQybfpWRsj"
    "BnrvUKKMf6VT2beDqt3NetpxjnNFLlqM5EUJJLV9jbtfq5mESj604mJOy7BHpPNmsKuv21"
    "2esjWuKK2B2pX8NpdD2PU9vZtUjh54VDrAmevLedPoaN7bH2XlDT/HRmuULZLQjZT40yKs"
    "TtB9HE5jim2Fh879LFiJF6j8nS48F0T4Ny6mhmU594j7xkOTHYf7BroBlZGWiEp0yyQJY7"
    "QdbUx16+Bnrts1cpehfL/jbUu4N6d+BbqyFMkSy9sVLuSEwBQfcVgu4DZpcHuDjgPqZoP9"
    "h+P6emkbB6cbWo4L4mANh3gT2oaKdyBSdJwM+xf1dn17Zww36jNo3uXYN2R6u71IkhjjPY"
    "KqsBm+R9HUw+F6UqCtXYqJDFRvU1Kp8BOee9YppGiT4IOedN55xDw6YGghzJfME5rGoZ8h"
    "QdVGhWqNC8Rm6b7LgMLYRpd9mUFK+WzFVdfDFk6ba6Hzq2ri1cD0nYtis+XzDDduytYwvQ"
    "EnOD0g2FJ0Df0g37KXvbuQVu1iqzn3KWXQO5clhZYT1LpR6QEMoDoTw9Dr4YYmseGgyLbV"
    "bxGKOK5YoNN+fx+Gpt56dTFNAgi1LGrfAE+STuCR+GhX/HO8hb84IG8+pzSExkXyQh/GLu"
    "IHwCrGd7sp5BSmsb1h6x09XATZIAppvFNMgQajdDKGDeu8Os5lzrK8jJ06wqFTcprpw9YP"
    "HOORkleFAqmOD1kEohoDwGk4kOgkoexpkacePeuLcU/3HLXplvDip6FItnlId68q7KPIXw"
    "DXpuoCMDvTDQ4eEhWtn+DLkE3VkLA9kuGpP53PYR8SbYu3EPLMchY769gt7IfEo+CRNebs"
    "UvPuVnAHu36OuS+lF8KB/l4TGbg0eTsp/qUiuoAxrMTp+wtz33kU3Riul4oWBEEcVBbOmC"
    "yU2IrxcToNCtiO65PUS39uSW/QrnMXg5GrRoZr+Mf91qRhz2xRxq9ta2mJsJ9qmfwyQvj7"
    "CZ+Q+g4otc0c/ZwdYDDuCi2GOfPBFgDvmvIEuf/4bgmqHogNMakQhn8OhZAwUqnIHCEt1G"
    "3LT6CZvbR3Q5Wi8uvXH5F3t44ViP/FUc9uOCRRDfzzYVCorjogVbW65LsFezgrfjfahtTN"
    "nb3YZM6MGmNvvJt+iAvUm42E/YLI8cWSFLCsJQ8pxbj2iGLS8AjSEkCN6IIZzeZm8XzsjA"
    "WxkMNsTAW7Gvzy5vEM+MDigXbGf2hC+4NZ6FMAbfZ6DR0uerMGMQst89YmAGEcd81gB7aq"
    "2evEG3HqbEYX/Tw+DHH4a/j78tNcnU5GEM4m1vDTRh8E7w5MblkcnxLudLHuw6PCmWqhNZ"
    "tOyw5ITp1ACfLOzxeqSBvsSfxGEV62eWrxjZ/Na++6uI4387Onrx4vXRsxevvj9++fr18f"
    "fP1tJM/lGZWPP2/Ecu2RhJA+JmoZ2vkRL8IYFOcmQrSwBR55q7CqEcTu1FRqIrpXI4TkSg"
    "YThO/VH83bDXdMzS2/c4Z83hhO6cjdRyhda8jcAatZfcwmYrJwaYJfEqKX1fosyUhgvliC"
    "EQUiFWaGE98qT6POjFGWkJEshJU8xJy/ks9mjpDc2bgyKDb/Tc2Gj3DcqsV/VFc9ujY1E/"
    "tLIeCrvunc3+jbgRzXaRJcyYhyiwUq648Wu5mAhL7QG3MFKCHDK+x5Mngc109IisnBG5ma"
    "+5cZMmX59beAO7HE2Yo8XHoTWVIpt9KF6El0vAc27NC42NgQH3DZ81NDyvPHZSPcqtoUuM"
    "ZpgNYiOFHTDQI0RhA5e9PcWebyAizKDC6Pvdmpi/u+jmUPKyoeUytFROSMVqB4U2wA7ozl"
    "2wBTbmmucbyFQ29SWptKnY3oKxr0ts+pO3dPFHy5NmvGVGVGDVCz7YnEejN3LrnxhjnFoe"
    "Yxw+I+d8ZGZx/82Sh/5YkcMs4H1v2Ci6nHO+Ihxb7DnbfIzbOWSV4891TXzj3gZEJlMTyf"
    "JuZgpOL/xB1gPjm+waDqcxOEtP+oy448fDXJrhHNVnSuYhOhF3AZneuJxxk5WLDrizTZAF"
    "19x39ImYiX9tzENXFh8fces0Pwfu2m3umt9AanxWTg8cdzv3SoimupclRQhpWV3ztXTkVh"
    "WltCV3aVRiu/gGjWp5Q8K4Npxf/D8Ha7GDKhqvoX+qmRblM8YX5phSXsOZfT2X9UzbDRP7"
    "TDy3bEeWmFBm8qs8J1gCIWsQsgZ3uYezfrtd8650zHorccnXkqamX9R5JmPc9ZksVQtUp8"
    "FcukIV1NvdtYxyANV7UQ43KPmrK14dSRztM3ZhkEAtsIXtNHRF7CsZ7QiTXtX6clFUUZeR"
    "3VFS6MjSS7T2l7bdS7jI0h+Rb7vhdCnm+MhUx94aBstBWtgL7NjurqfvUziNrnspioqriV"
    "mpt5DqJWoFCaAqSOmZ+5mOfbXofV0bi1c51X1XLcOGLyY0j6mE1wqPZoTcm9idLIi9s/nh"
    "t2C6s3A2nVBr0r/EpXiJeykU7ou9S2HF70adS19iH5Y3ntkPQenQIANdGHChfw24n1oDt3"
    "n3U3KXK3iYkmTgRFJwIiU4SQ7xcidSmhKCN7oWvAGuwmo8TS9XYWrVp9um6EwhPWdbp3xQ"
    "HURVTMiQQe3qarWrp2by5XJ4D/G3omTqHKUOkJfxrrN/DlNbPJcQtWZdHy4vfoyGZ7Okcv"
    "iH+Tfb3CxZYhAhOi1CTKPusWpVCzJkkE5bmE4LVTwbRbkDKRmaIRo5qNRQzVABsvKKs3eK"
    "sCZJANPNFWcjs2oaXuUCqFEOQs/ALbKzG5nKpwkWuLmoLBTxbbeI7yLh2d8RaQ2DBLIgZ+"
    "6dSjWS7+rA9jqaR1NgkzdPCtUrpnRcnZ8OB3JFojYGoRgZ2zFtojKTyGhSBVB3MzWgJ5h3"
    "MRi5x9DtJxa5j4DNbF4+XdLvUB2ogA+eipLYGt06aS9x0MoGm+xCv989OvkknE4nuBoOmF"
    "lDJg+cSSJaGkBjWsmRtUbSfIkCdKBT0f7jZtouytq1cwo9ibqJaYmFKOQeO6ooeqUIGRml"
    "JD6l0HOodq26kz2Hkslc8rs/GeRefvf7yZEbC5t98jDFYcUuF6946xb6A7oNleJ18xn+vm"
    "iOLZfXTOR9axhRWD/s6VRYClBAkm9j1Mg3QAGZbkkiEMHbcAGZ1GmR6GallWJyxNBGvnLs"
    "WQjeliFRcmoIi1IPi4JIgwa0HeXIIwg7Aof4nh3i4OfaTvHZwcnVpOrzMahgN5CoPdEjo0"
    "zlmScGQUHKPrFNo0SfgN6CWsY73zMMVdTEaHx7auJaeG1eUay/Ex7DfkY85TyZDBno5NV0"
    "ct4uO6y2qqiQZyghF0xBHx+RicSjX6yBR+O12NVtK90hZwiLU6qpilJaUBklfZQDoLZwPk"
    "ooAeCuNNvsGu9o2NLhr6MWd1XLdayObGT08dT22mzzSB701p29HeMOVSGWMMcU0Ow90MXn"
    "Dx+kSI/jEsq1WJmql2TuN9rp274A7/0YmlIRwhJrUzaCuNjk5GZHNlurat1Cl3+X4ItQng"
    "qMUd1TQMAY1aOFTNtHXhxVMI+8OCq0jvBH2abhMmGw1CoSkYA5RMEcwq6dbSx+KSoNN3Qz"
    "ZfQEajbdzugnoW5xp/c/Dmc5n1uyZJ6S4JuYRIst3nolIiih0oJ1CgKb6kZ0rTCpwZolA2"
    "yl2AaNARSRTRKBiVpiouY18dUM1DEFANoVm7+GoEJwY5vBjSlbH6R0VYA3e2tDRaWuVVTa"
    "j2ewY6x4d8eg3F/FxYDatvAwnExTaGOJqQKwXlwapRZstSu1kmfESSG/s66/Tx6eYg/zFd"
    "vgBEyMNKq6A81Fmmhj/u1vMzYaERcj4ahGc3Ffo5XF0Bcfc68DIlOU/JY36NwdkW//gyz2"
    "DD/lnd6RtbA8P599W/P8N+4FQR5ZhZm6/gyjcMOhA4oxuvUwJc4D9uihzac4fHf2/uTzh6"
    "H56ers/dnV2cXp2fXtk6IU3i9xOrtwtkB1kX26PcE/1qB/TJwORQ/Cmgb8BtX9BngeNjNV"
    "AHpNA0ArJUpD8ZxmDS5Q7EVFIO1qsZdEj2WJBJruwFwsdQbdns2IU22WNE/cSJRbebbvYx"
    "fZrhDgKHsBBiCT5xg9G4wsimwmHY6tJcVCBKRMf0HW1GeC45jM57ZEzqx9dsjI7JY06BMV"
    "WTAYraEkeHT8skpgyfHL4sAS/iwb2zD6imXRxsUAJ0g0RPlFpfCdFyXhOy/y4TuQOdZm7A"
    "g0Ryzc6vo2R6TCP6C85Aky6FfW5ZBpy+fVBWW1x4tzFBMk7el4zzotZcWAOhb1Tex5xFO5"
    "mdJUUE1M/XpyGbZmuDW3YFgS8lYYV5sKhU58q/0Yy46dL60igTqGbW2BQPsxR32yKF0Rb3"
    "LFK+4OJBap9ACjzCi1CIea3nrsZrsUogxdBz9d8qfExU9nZOkh3oQC+TPLRw6vHmyl/ZfE"
    "Y58siOdbDmJ0HuLVgi1eXzhvmap3/hs3+pE/sMmcR2HMuv7p5OnR8StkU8RbjuAJmLA6ac"
    "K6x645s+hMzZSVpKrHGLBfmFOmlldV7Fmvis1Zr3LWLPxtYbPzv4VYlabUUPXXSaZibHEb"
    "806CDHT9Lq8vWPCKOai+FrytSn1Bja9Ndp59BEdoCGnnYiM6hnF9oRESnlADuH+RYkglVZ"
    "D2rexHLallen6iXXWJip8cBQW3+8Q9jRLdGBr4NNzAZ8bEsDCBKmhnFTWeZuiN2bmWNVwt"
    "bepTacIWA1ij09DbAFZQeIoPiL4KD5Tf0Mo31DVwW3AOpZqr7t63WyOQsyr4Hd4Rnmvf0q"
    "v/e6O6hnCfnbsPtryraeq5UapziJGmHQ9V9CoKxwJvIZrz+oWqWujfi1x7kvj23ecDladb"
    "Kg+4A8Ed2Am23HUxGtyBsL6gHf8lteN9uQM7t8TN6sj787B0Dej+u1h+5VVwCnpMrJ8ZZe"
    "rOH8lR4GLp0xk3SvQNxpptef/4QmiTJMBHJTZ7qFHTYDvRhUfmC8mlVJyYFFNoAXDbWUm8"
    "hBrTeNUbZ8Rk0DxDweNHxHtJbMI/X19eyLFOkGQ1GXvso/8ix65U5G8rxAd/ny7doIrGaG"
    "k7vu3SQ/59/xi0vwwcovIDkN3rRlo74RPIDsA+qot3jfE0rG7sr7Zl14Cuqm6UFLdU8tBZ"
    "Ll1hb0cv1ImYRCO0Mw55Z1c33eeFQ6wJnrxnU+kEU5Nq6xXD54M9t/1TXtxZqIs59TU3xi"
    "hTYznipsOHm+PE+M2uu7BiAAqoJmiBPXSPH0WxqLFDxvdobrtLH6MDypjVU9tlM9nOkt0r"
    "Blp5ZO2W454a+kTiy6v5C27cG/fSxaIuKp/qgM1lhFM8MZDtjj08x+KbRo8801B4EtH5xf"
    "XZ1RAdHh6iywt0yiSOD+enQ/TuEn3+xG1//MmNe3U2/Hx1cX7xo4Eo4e7F8dLzRMWs6Few"
    "17PcR7aeQebiFFHsPbB/MWF8jCnFFGFrPEO8PKs/w7Z345KVixaONcZRkS4BBDpYF2/9X7"
    "52YukOF48l5VrZDxUygPipUK51v+VasaS6UYkmjPUpbtRC8ahwi1fftjFBUxJp/zZv0uAt"
    "bb1Q4lJYSlvm/UVLyORk+/2YukO5f8juISaSYanIkBlSLjGEUrafHA0G8H4dcsgx2FeOgW"
    "/7jhLAawJAuBrCkWdOyWSYIgKjYe1GQ4jghwj+DpgIa4ngDyWgHe1fmnYc2ls4f1/waVLW"
    "T+bFS+T8TNp8sYwfpJ7P45G1yvdf1swq6OEBJikQ+PUVRwt62xQDXNTYpjaE95e40Ehhfo"
    "+oKVTReA03cAPhRVGxSNUUnByhhnAfHR9X2s7HJdv5OIs4xPAXo69vDD/ox6Af66IfBy73"
    "3bS+k6U/G/J5NNL8JP3NwZSgYErgdXPGM8vd2aQQ4HUtZjwVE2oKmo+tucnDYGoBbMhm06"
    "4hYQqvr2RUB1w/k9EJ5VFJuI9SViWk5pjS3W17H4NZND19yW7dOwKVbHmu65YqaNFeI3Lp"
    "ZvE6Ypju7bAjdLmeEpqc0YYt8EKPkdne7zZE1tD1kAqVc6ISn0hQ/YBuuXo5Dw7Pg01tNu"
    "eteDk0x5ZLgzavfCiaWRS5BAUCFYrJZPV0GvoWCPoBH0Bn+EQLPgDIKq4/OlWY06zJQ2Sv"
    "UcjFzJJCPqZCPmb+BtgC/fwE261BN0WO9lYg+Z65VShOAS+eAfpUqmeEJ9AMrVRKQkoROf"
    "STyG/9SB5VQzhDBdepBNlsWP926d0ZatjCeaB9i95vibKMFCDe6PpLdsPY0f2XbL/RM4ZR"
    "1QWYYZabO8/k7q8acA4cDu9Fy4Tr9aT92tVVAS+6/1PIX51dD6/OT4eDUqZdA/KSXDA9YS"
    "+4slKos3dBF58/fBgUc/AaIB+y+fTHW3Z5FYBdJciAu+kwA33GY4J2dW/OLH8oJtIH/tSO"
    "DcGCaAMFRzA0aWjLZ5LifxLXSZY/FntQcpx5sycl2M2IU1J0jxc+mhIPeXhJ8Zug4fgdTr"
    "gvEFlgl/cQCBgPWtn+jHs95nnvSa0zg8cEPCad4RJttGJbjr5iWbHlYogTJIByNZTncfxN"
    "VdNxgqQ9lAeDZu+71kzF4jLIw12cl74mgJz08sWAnPTuGd4g5r69mHvQgyuodZCP3q5ml6"
    "rxKdHssjVAizW7ZTjSnEZDoeRUn24Jo0SX4kuqqk8laXSU9hvJLCWuz5OOBFAKWGfpAO9q"
    "eFP737LYKPuukGNEFDoJl387Onrx4vXRsxevvj9++fr18ffP1vwj/6iMkbw9/5HzkhT+ef"
    "c6nVlHx6+U7AZrCg03dv2tIqnPxt1hU5VjZ+mgK+dGqKEUQDH0UAoAzBJVQ66i4o5qqGao"
    "ANmSqEHoBQOGtO4b0iQ7twZUob2OHOFkh8wdIU625NQU3cxt06Vmqb/h0YyQ+3fYsR+w9z"
    "iQGPKyQ4wyW94qGMx/YDx6Y6AGb94StlNBPkEhMSLsY/wgAi1I8Ic7WRCbd0rhyajRX9/R"
    "iOIROeRO0nCmgfk3Gxq/DKIJwnVn//1dyfpYZk7QzADZiiWh2ExJ8R+K1pyAQCcBp2Vjjk"
    "8W9ljFyLAm0NCUU39xx6Jw/TIjTkQBAFcAOLxPFHSjBIVOfKNGhZMu2DdgBtlEpdNTjg7y"
    "pvLgYs8jngo7WBPokDbcQoOyydILEn3mEq5buHczVNBdK5cQr2wf19Yu3hM7eIRJqSE8ox"
    "pVPC0ZKrhFN5sXI8hqsNSEhoCzxIw9w7qqwSazzzposFkvQrHBJrlOmw02yX0C8Ve9Ov1G"
    "iWFj6Sn1pwiHa6gAHj2rmmRRmmWRF/vKqvQUA11HaZ5upVuk4T6uhPZxCdjHkv6K3AKkZN"
    "OIKTTc0s8rYfy8BOPnkuQsPPawWm7WmgIwrobxwsMPNllSUx1sCal++nkboJtL15f1birX"
    "LQsnqUHd7NiS6KRtLqwlxTIHW1ktw5gIakgqVDCcWrbD3sKktrR4Z/n5yhHDueryuRovPU"
    "o8U9l7mqbTxujZsgc19CepmJuTJNrAXputeWp71Dc5D1p6eIvIbBk9MLAuMzAXf/PN8FBs"
    "seAScljvLq83k/Yot06Gzceqal0ZMv00rpdVFK6XxfrWy5y6FUC2lZKVIYUT1eUTBXlMxU"
    "cM8pggjwmyQrpeXiWM7bZ3LR4iiZPXBPZG64icMOjHs4HEjx0+Mcrc11Y8BpzWfeJ9RonT"
    "mh0fquhPTZBo6IVqpIQFP1QKCIfDNUS3EXdTWFglj3BxPcAESfsVAfej7tRW+y8nSrUZnf"
    "Xn/wMGnBmO"
)
