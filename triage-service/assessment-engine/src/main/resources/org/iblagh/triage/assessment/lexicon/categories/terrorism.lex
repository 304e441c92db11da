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
1 combattants
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
