[ar]
2 دون اذن*
2 دون موافق*
2 بدون اذن*
2 بدون موافق*
3 خلسه
2 تسريب*
3 معطيات شخصي*
2 بيانات شخصي*
3 حياه خاص*
3 خصوصي*
2 عنوان* منزل*
1 رقم هاتف*
2 صور* شخصي*
1 نشر* صور*
2 تسجيل صوتي
2 مكالمه خاص*
3 ملف* طبي*
2 بطاقه وطني*
2 تشهير
1 فضح*
[ary]
3 بلا ما نعرف
2 بلا اذن*
2 صورني
2 صوروني
2 عنوان* دار
1 نشر* تصاور*
2 تسجيل ديال مكالمه
[ary-latn]
3 bla ma n3ref
2 bla idn
2 ~swrn
1 ~fdih
1 adresse
1 numero
[fr]
3 sans mon consentement
2 sans mon accord
3 a mon insu
3 vie privee
3 donnees personnelles
2 mon adresse
1 carte d identite
3 dossier medical
2 photos volees
3 camera cachee
3 doxx*
2 divulgu*
1 publie* mes
1 adresse
[en]
3 without my consent
3 without consent
3 without my permission
3 privacy
3 personal data
3 home address
2 my address
3 medical records
3 doxx*
2 leaked my
3 hidden camera
2 camera pointing
1 phone number
3 secretly filmed
2 personal information
[es]
3 sin mi permiso
3 sin mi consentimiento
2 mi direccion
3 datos personales
3 privacidad
3 camara oculta
[fr]
1 leurs noms
1 habite*
1 nom complet
[en]
1 full name
2 where she lives
2 where they live
