# The harm is due soon. Counts only together with a danger (see priority.properties).
# "Now" weighs 1: it also tells a story ("and now he asks for more"), so it dates a
# harm only when someone is threatened, armed or at the door (PriorityRules).
[ar]
3 غدا
3 غدوه
3 الليله
3 اليوم
1 الان
1 حالا
3 بعد قليل
3 السبت
3 الاحد
3 الاثنين
3 الثلاثاء
3 الاربعاء
3 الخميس
3 الجمعه
3 هذا المساء
3 نهايه الاسبوع
[ary]
1 دابا
3 ليوما
3 دغيا
3 هاد الليله
3 هاد السيمانه
1 فهاد الساعه
[ary-latn]
# ghda and ghadi (will) share a skeleton: spellings as written
3 =ghda
3 =ghedda
3 =ghedwa
3 =ghdwa
3 =ghadwa
3 =ghdoua
3 =gheda
3 =ghdda
3 =8da
3 =8dwa
3 =8edwa
3 lyouma
3 lyoum
1 daba
3 had lil
3 had lila
3 nhar sebt
3 nhar l7ed
3 nhar jem3a
[fr]
3 demain
3 ce soir
3 cette nuit
3 aujourd hui
1 maintenant
1 tout de suite
3 ce week end
3 lundi
3 mardi
3 mercredi
3 jeudi
3 vendredi
3 samedi
3 dimanche
3 dans une heure
3 imminent*
3 cet apres midi
[en]
3 tomorrow
3 tonight
3 today
1 right now
3 this weekend
3 this evening
3 monday
3 tuesday
3 wednesday
3 thursday
3 friday
3 saturday
3 sunday
3 in an hour
3 imminent*
[es]
3 manana
3 esta noche
3 hoy
1 ahora
3 este fin de semana
3 lunes
3 martes
3 miercoles
3 jueves
3 viernes
3 sabado
3 domingo
