# A group defined by origin, ethnicity, religion, region or sexual orientation, named as
# a group (plural or collective). Used only for the hate-speech precedence: hostility
# aimed at a group is incitement to hatred, at one person harassment.
[ar]
3 المهاجرين
3 المهاجرون
3 مهاجرين
3 الافارقه
3 الاجانب
3 اللاجئين
3 الامازيغ
3 العرب
3 اليهود
3 المسيحيين
3 المسيحيون
3 النصاري
3 المسلمين
3 الشيعه
3 الملحدين
3 المثليين
3 السود
3 الصحراويين
3 الفاسه
3 العروبيه
3 الشلوح
3 الريافه
3 الصحراوه
[ary]
3 العزاوه
3 الزوامل
3 الكحال
[ary-latn]
3 ~mhajr
3 ~afarg
3 l3azzi
3 l3azawa
3 lyhoud
3 nsara
3 chlo7
3 rwafa
3 sahrawa
3 fassa
[fr]
3 migrants
3 immigres
3 subsahariens
3 africains
3 etrangers
3 refugies
3 noirs
3 juifs
3 chretiens
3 musulmans
3 chiites
3 athees
3 amazighs
3 berberes
3 arabes
3 homosexuels
3 gays
3 lgbt*
3 sahraouis
3 rifains
3 chleuhs
3 fassis
[en]
3 migrants
3 immigrants
3 refugees
3 foreigners
3 africans
3 black people
3 jews
3 christians
3 muslims
3 shia
3 atheists
3 amazigh*
3 berbers
3 arabs
3 gay
3 gays
3 homosexuals
3 lgbt*
[es]
3 inmigrantes
3 migrantes
3 refugiados
3 extranjeros
3 africanos
3 negros
3 judios
3 cristianos
3 musulmanes
3 gitanos
3 marroquies
3 moros
3 homosexuales
3 gays
3 lgbt*
[ary-latn]
3 l3rab
3 lafri9iyin

# Session 10
[es]
3 subsaharianos
3 maricones
3 homosexuales
[en]
3 sub saharan*
3 roma
[fr]
3 gitans
3 roms
# Jews in Arabizi without the article (session 11)
[ary-latn]
3 =yhoud
3 =yahoud
3 =lihoud

# Session 11 (lead, blind set): Sub-Saharan Africans in Darija written in Latin letters
[ary-latn]
3 =afaraka
3 =lafaraka
3 =l afaraka
