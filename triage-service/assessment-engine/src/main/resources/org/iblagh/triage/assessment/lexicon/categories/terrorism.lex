# weight words... (see LexiconLoader for the syntax)
[ar]
3 ارهاب*
3 داعش
3 دواعش
3 الدوله الاسلاميه
3 تنظيم الدوله
3 تنظيم القاعده
3 بلاد المغرب الاسلامي
3 جهاد*
2 جاهد*
3 مجاهد*
2 خلافه
2 انتحاري*
2 عمليات انتحاريه
2 استشهادي*
2 بيعه
2 مقاتل*
2 تجنيد*
3 التحاق صفوف
3 ذئاب منفرده
3 تمجيد* ارهاب*
2 تمجد*
1 تشيد*
3 اناشيد جهاديه
2 قطع الرووس
3 حزام ناسف
2 صنع* متفجرات
2 صنع* عبوه*
3 طالبان
3 بوكو حرام
3 جبهه النصره
3 تمويل الارهاب
2 الكفار
2 الطواغيت
2 نصره المجاهدين
[ary]
1 مدح*
2 يمشيو يجاهدو
[ary-latn]
3 daesh
3 da3ech
3 da3ich
3 dawla islamiya
3 irhab*
3 ~jhd
2 ~mjahd
[fr]
3 terroris*
3 djihad*
3 jihad*
3 etat islamique
3 daech
3 daesh
3 isis
3 al qaida
3 al qaeda
3 aqmi
2 califat
3 moudjahid*
1 martyr*
2 kamikaze*
2 allegeance
1 propagande
1 glorifi*
2 apologie
2 radicalis*
2 embrigad*
2 les freres
1 combattant*
1 recrute*
2 attentat*
2 explosifs artisanaux
[en]
3 terror*
3 jihad*
3 isis
3 islamic state
3 daesh
3 al qaeda
2 caliphate
1 martyr*
3 suicide bomber*
2 mujahid*
2 radicali*
1 recruit*
1 propaganda
1 glorif*
2 allegiance
2 extremis*
2 beheading*
[es]
3 terroris*
3 yihad*
3 estado islamico
2 radicaliz*
1 martir*
1 propaganda
# bomb-making and bombing plans
[ar]
3 صنع* قنبل*
2 تفجير*
[ary-latn]
2 bomba
2 ~fjr
[fr]
3 fabriquer une bombe
3 bombe artisanale
[en]
3 bomb making
3 make a bomb
2 make explosives
# improvised explosive devices, whatever the language
[ar]
3 عبوه ناسفه
3 مفخخ*
3 سياره مفخخه
[ary-latn]
3 ~hzam nasif
[fr]
3 engin explosif
3 engins explosifs
3 ceinture explosive
3 gilet explosif
[en]
3 explosive device*
3 ied
3 pipe bomb*
3 nail bomb*
3 car bomb*
3 pressure cooker bomb*
3 suicide vest*
3 explosive belt*
3 homemade bomb*
3 homemade explosive*
[es]
3 bomba casera
3 artefacto explosivo
3 chaleco explosivo
3 cinturon explosivo
# the jihadist words for the state and its agents ("taghout") and for fighters
[fr]
3 taghout*
3 tawaghit
[en]
3 taghut*
3 taghout*
[ary-latn]
3 taghout*
3 tawaghit
# suicide attacks announced or praised
[ar]
3 تفجير نفس*
3 يفجر نفس*
3 عمليه استشهاديه
[ary]
3 يفركع راس*
[fr]
3 se faire exploser
3 attentat suicide
3 attentat kamikaze
[en]
3 blow himself up
3 blow myself up
3 suicide attack*
[es]
3 hacerse explotar
3 inmolarse
3 atentado suicida
# a bomb, in every language (as "bomba" in Arabizi above)
[fr]
2 bombe
2 bombes
[en]
2 bomb
2 bombs
[es]
2 bomba
2 bombas

# Session 10. Detonators and fertiliser (an explosive precursor)
[ar]
2 صاعق*
1 سماد
1 اسمده
[fr]
2 detonateur*
1 engrais
[en]
2 detonator*
1 fertili*er
[es]
2 detonador*
1 fertilizante*

# Session 10. Apology: praising the perpetrators of an attack, calling them heroes or
# martyrs, in every form (a group's name is not always given)
[ar]
2 يمجد*
2 منفذي* هجوم*
2 منفذي* الهجمات
2 منفذي* التفجير*
1 بالابطال
1 الشهداء
[ary]
1 الابطال
2 اللي دارو التفجير
[ary-latn]
2 =kaymdah
2 =kaymde7
2 =kaymda7
[fr]
2 fait l eloge
2 font l eloge
1 eloge
2 les appelle des heros
2 des martyrs
2 auteurs de l attentat
[en]
2 calls them heroes
2 calls them martyrs
2 prais* the attacker*
2 prais* the bomber*
2 prais* the terrorist*
2 call* for more attack*
2 call* for new attack*
1 the attackers
[es]
2 los llama heroes
2 los llama martires
1 martires
1 elogia*
2 enaltec*
2 nuevos atentados
[fr]
2 nouveaux attentats
2 eloge des terroristes

# recruitment to go and fight, praise formulas for attackers (session 11)
[en]
3 jnim
2 go fight
2 go and fight
[fr]
3 jnim
2 partir combattre
2 aller combattre
[es]
2 ir a combatir
[ar]
3 الالتحاق بالمقاتلين
3 يتقبل منهم
3 تقبلهم الله
[ary]
3 الله يتقبل منهم

# Session 11 (lead, blind set): a device of nails, or a cooking pot made a bomb; "jund"
# (army) in the names of armed groups; an attack praised as such
[en]
3 filled with nails
3 full of nails
2 pressure cooker bomb
2 jund
[fr]
3 remplie de clous
3 rempli de clous
2 cocotte minute piegee
2 jund
[es]
3 llena de clavos
3 lleno de clavos
2 olla a presion bomba
2 alaba* los atentados
2 alaband* los atentados
2 elogia* los atentados
[ar]
3 مملوءه بالمسامير
2 جند
[ary-latn]
2 =jund

# Session 11 (lead, second blind set): the gas cylinder and the nails of a home-made
# bomb weigh 1 each (both needed: a kitchen shop sells cylinders); "infidels" as the
# target of an action
[en]
1 gas cylinder
1 nails
1 kuffar
[fr]
1 bonbonne
1 clous
1 kouffar
1 mecreants
[es]
1 bombona
1 clavos
1 kuffar
[ar]
1 قنينه غاز
1 مسامير
1 الكفار
[ary]
1 البوطه
1 المسامر
1 المسامير
1 الكفار
[ary-latn]
1 =lbouta
1 =lmesmar
1 =kouffar
1 =kuffar
1 =lkoufar

# Session 11 (lead): the words of a jihadist's text, weight 1 each (never enough alone):
# paradise promised to who comes, the taghut, apostates, crusaders
[en]
1 jannah
1 taghut
1 apostates
1 crusaders
[fr]
1 le paradis
1 taghout
1 apostats
1 croises
[es]
1 el paraiso
1 apostatas
1 cruzados
[ar]
1 الجنه
1 الطاغوت
1 المرتدين
1 الصليبيين
[ary]
1 الجنه
[ary-latn]
1 =ljenna
1 =ljanna
1 =ttaghout

# Session 11 (lead, blind5): a prayer for the martyr's acceptance; cylinders in the
# plural
[en]
1 god accepts us
1 gas cylinders
[ar]
1 يتقبل منا
[ary]
1 بالقبول
1 يتقبل منا
[fr]
1 dieu nous accepte
