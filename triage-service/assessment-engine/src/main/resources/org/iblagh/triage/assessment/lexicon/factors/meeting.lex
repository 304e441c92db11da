# A meeting in person being arranged (weighs only with a minor).
[ar]
3 موعد*
3 لقاء*
3 لتقي*
3 يلتقي
[ary]
3 تلاق*
3 تشوفو
3 نجي عندك
3 تجي عندي
3 نديك
[ary-latn]
3 ~tlg
3 tji 3nd*
3 tji l dar
3 njik
[fr]
3 rendez vous
3 retrouver
3 rencontrer
3 le voir
3 la voir
3 venir chercher
3 se voir
[en]
3 meet
3 meet up
3 meeting
3 pick her up
3 pick him up
3 come alone
3 in person
[es]
3 quedar
3 verse
3 encontrarse
3 cita
