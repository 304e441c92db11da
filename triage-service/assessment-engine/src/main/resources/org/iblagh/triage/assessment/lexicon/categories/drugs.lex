[ar]
3 مخدر*
3 حشيش
3 كوكايين
3 قرقوبي
3 اقراص مهلوسه
3 حبوب مهلوسه
3 مهلوس*
3 هيروين
3 اكستازي
3 ترامادول
3 ريفوتريل
3 قنب* هندي
3 موثرات عقليه
1 اقراص
1 حبوب
1 يروج*
[ary]
3 شيرا
3 الشيرا
2 الغبره
2 بولا
3 البوله الحمرا
2 المعجون
1 كميو
3 الكيف
3 زطله
2 السبسي
2 جوان
3 بوفا
2 الكوك
[ary-latn]
3 chira
3 ~grgb
3 7chich
3 ma3joun
3 ~ztl
# as written: ghbr (vanished) has the skeleton of lghabra (the powder)
2 =ghabra
2 =lghabra
2 =l8abra
2 =8abra
[fr]
3 drogue*
3 cannabis
3 cocaine
2 coke
3 hachich
3 haschich
1 shit
3 du shit
2 le shit
3 beuh
3 weed
2 pollen
3 ecstasy
3 mdma
3 lsd
3 heroine
3 stupefiant*
3 psychotrope*
1 pilules
1 comprimes
1 joint*
3 dealer*
3 karkoubi
3 qarqoubi
3 tramadol
3 rivotril
3 extasy
2 crack
[en]
3 drug*
3 weed
3 marijuana
3 cannabis
3 cocaine
3 heroin
3 meth
3 ecstasy
3 mdma
1 pills
3 tramadol
3 rivotril
2 xanax
3 lsd
3 dealer*
3 narcotic*
3 hashish
2 without prescription
3 opioid*
[es]
3 droga*
3 hachis
3 marihuana
3 cocaina
2 porro*
1 pastillas
3 estupefaciente*
3 heroina
# hallucinogens, dissociatives and psychotropic pills sold without prescription
[ar]
3 فطر* سحري*
3 فطر* مهلوس*
3 كيتامين
2 عقاقير
2 بدون وصفه
[fr]
3 hallucinogene*
3 champignons magiques
3 psilocybine
2 buvard*
3 ketamine
3 ecsta
2 sans ordonnance
1 cachets
[en]
3 hallucinogen*
3 magic mushrooms
3 shroom*
3 psilocybin
3 ketamine
2 blotter*
2 molly
[es]
3 alucinogen*
3 hongos magicos
3 setas magicas
3 psilocibina
3 ketamina
3 extasis
3 psicotropico*
3 rivotril
3 tramadol
2 sin receta

# Session 10. Street names in every form. Cannabis: kush, hash, chira, la kala. Pills:
# karkoubi (q or k), "bola/pola" (the red pill), lyrica (pregabalin), "riv" and "ريفو"
# (rivotril), teffaha (the apple-stamped ecstasy pill, also the fruit: weighs 1, so it
# needs a second drug word). "Shit" alone weighs 1: English uses it for anything.
[ar]
3 ليريكا
3 بريغابالين
1 تفاحه
[ary]
2 بوله
2 بولا
3 الكاله
3 ليريكا
3 الليريكا
3 ريفو
3 الريفو
1 تفاحه
[ary-latn]
3 ~krkb
2 =pola
2 =bola
2 =lpola
2 =lbola
2 =riv
2 =rivo
1 =tfa7a
1 =teffa7a
1 =tfaha
1 =teffaha
1 =toffaha
2 =kala
2 =lkala
[fr]
3 kush
2 hasch
3 teuch
1 teffaha
3 lyrica
3 pregabaline
[en]
3 kush
# hash is also a file's checksum: it weighs with a sale
1 hash
3 sell* hash
3 buy* hash
3 lyrica
3 pregabalin
2 edibles
[es]
3 kush
3 lyrica
3 pregabalina
2 costo
