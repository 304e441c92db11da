[ar]
3 عنصري*
3 كراهيه
3 خطاب* كراهيه
2 حرض*
2 تحريض*
1 كره*
2 مهاجر*
1 الافارقه
1 الامازيغ
1 اليهود
1 المسيحيين
1 الشيعه
1 المثليين
1 السود
1 طرد*
2 حشرات
2 تكفير*
1 معابد*
1 كنائس
1 كنيسه
2 طائفي*
2 تمييز*
2 اباده
2 عرقي*
[ary]
3 عزي
3 عزيه
3 العزاوه
1 الجمهور
[ary-latn]
3 ~3nsr
2 ~mhajr
3 3azzi
2 ~hrd
2 ~hchrt
1 migrants
[fr]
3 racis*
2 haine
2 haineu*
3 antisemit*
3 xenophob*
3 homophob*
3 islamophob*
2 discrimin*
2 migrant*
2 subsaharien*
1 noirs
1 juifs
1 chretiens
1 amazigh*
1 berberes
1 expulser
2 nettoyer
3 sous hommes
2 vermine
3 appel* a la haine
1 incit*
2 sexis*
2 misogyn*
[en]
3 racis*
2 hate
2 hateful
3 antisemit*
3 xenophob*
3 homophob*
3 islamophob*
2 discriminat*
2 migrants
2 immigrants
1 jews
1 christians
1 muslims
1 black people
2 slur*
3 subhuman*
2 vermin
1 conspiracy
2 violence against
1 ethnic
[es]
3 racis*
2 odio
3 xenofob*
2 inmigrantes
1 marroquies
2 moros
2 ratas
3 homofob*
2 discrimin*
# Moroccan regional and ethnic groups, and the "all of them" generalisation of hate speech
[ar]
1 الفاسه
1 العروبيه
1 الشلوح
1 الريافه
1 الصحراوه
1 كلهم
[ary-latn]
1 fassa
1 3roubiya
1 chlo7
1 chleu7
1 rwafa
1 sahrawa
1 ~trd
1 kolhom
[fr]
1 fassis
1 chleuhs
1 rifains
1 tous des
[en]
1 all of them
# sexual orientation as a target group, and dehumanising words for groups
[fr]
1 homosexuel*
1 gays
1 lgbt*
2 cafards
2 parasites
1 chasser
[en]
1 gay
1 gays
1 homosexual*
1 lgbt*
1 lesbian*
2 cockroaches
2 parasites
1 deport*
[es]
1 homosexuales
1 gays
1 lgbt*
2 cucarachas
2 parasitos
1 expulsar
[ary]
2 الزوامل
1 المثليين
[ar]
1 حيوانات
# groups in Arabizi, and the Darija "throw them out" call
[ary-latn]
1 ~afarg
1 ~afrikan
1 lyhoud
2 ~khrjwhm
[ary]
2 نخرجوهم
2 يخرجو من بلادنا
# denigrating a whole group (backward, inferior, savages, animals): weighs only with
# the group it is said of
[ar]
1 متخلف*
1 همج
[fr]
1 sous developpe*
1 inferieur*
1 sauvages
1 animaux
[en]
1 inferior
1 savages
1 backward
1 animals
[es]
1 inferiores
1 salvajes
1 animales
[ary-latn]
1 l3rab
1 ~mtkhlf

# Session 9: expelling a group, in every form (like chasser, expulser, طرد)
[es]
2 echarlos
2 echarlas
1 echar a
[en]
2 kick them out
2 throw them out
2 drive them out
[fr]
2 les chasser
2 les expulser
[ary-latn]
2 ~ytjrd
2 ~tjrd

# Session 10. Dehumanising a group as apes or monkeys, slurs, and calls to exterminate, in
# every form; Sub-Saharans and Roma named in Spanish
[ar]
2 قرود
2 القرده
2 اباده
2 تصفيتهم
2 ابادتهم
[ary]
2 القرود
2 قرودا
[ary-latn]
2 =9roud
2 =l9roud
[fr]
2 singes
2 exterminer
2 extermin*
[en]
2 monkeys
2 apes
2 exterminat*
2 wiped out
1 dirty
[es]
2 subsaharian*
1 gitanos
2 monos
2 simios
1 sucios
3 maricones
2 exterminad*
2 exterminar*

# Sahrawis named in French or English (session 11)
[fr]
1 sahraoui*
[en]
1 sahrawi*
[ary-latn]
1 =yhoud
1 =yahoud
1 =lihoud

# Session 11 (lead, blind set): a group said not to deserve to live, or to be expelled by
# force
[es]
2 no merecen vivir
[fr]
2 ne meritent pas de vivre
[en]
2 don t deserve to live
2 do not deserve to live
[ar]
2 لا يستحقون العيش
2 لا يستحقون الحياه
[ary]
2 ما يستاهلوش يعيشو
[ary-latn]
2 =ytkhrjo mn lmghrib
2 =ykhrjo mn lmghrib
2 b l9owa
