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
# ~tlg would be inside "telegram": whole inflected forms
3 tla9a
3 tla9aw
3 ntla9a
3 ntla9aw
3 ytla9a
3 ytla9aw
3 ttla9a
3 tla9ina
3 nt9ablo
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
# being alone with the person
[ar]
3 بمفرد*
[ary]
3 بوحد*
[ary-latn]
3 ~bo7d*
[fr]
3 seule avec
3 seul avec
[en]
3 alone with
[es]
3 a solas
# Spanish "quedar con" (to meet someone) in any tense
[es]
3 qued* con
3 ver* en persona
# taking the person to one's home
[ar]
3 الي منزله
3 الي بيته
[ary]
3 للدار ديالو
3 لدارو
[ary-latn]
3 l dar dyalo
3 ~ljdar dyalo
[fr]
3 chez lui
[en]
3 to his house
3 to his place
3 to his home
[es]
3 a su casa

# Session 9: the Darija entries in Latin letters (نديك، نجي عندك)
[ary-latn]
3 =ndik
3 =nddik
3 =nadik
3 nji 3ndk
3 nji 3endek

# Session 11 (lead, blind set): an appointment as people write it (rdv), at his flat, or
# "come to his place" in Darija
[fr]
3 rdv
3 son appartement
3 a l appartement
[en]
3 his apartment
3 his flat
[es]
3 su piso
3 su apartamento
[ary]
3 تجي عندو
3 عندو للدار
3 تجي لعندو
[ary-latn]
3 appartement dyalo
3 =tji 3ndo
3 =tji l3ndo
