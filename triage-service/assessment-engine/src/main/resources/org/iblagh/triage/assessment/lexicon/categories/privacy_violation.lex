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
# without the knowledge of the person filmed or exposed, in every person
[ar]
1 دون علم*
1 بدون علم*
[ary]
3 بلا ما يعرف*
3 بلا ما تعرف*
1 بلا علم*
[en]
3 without my knowledge
3 without their knowledge
3 without her knowledge
[es]
3 sin que lo sep*
3 sin saberlo
# cameras filming private places
[ar]
1 كاميرا
3 كاميرا مخفيه
3 كاميرا خفيه
1 غرفه نوم*
[fr]
1 camera
1 filme*
[en]
1 camera
[es]
1 camara
# health information disclosed (diagnoses, test results, sick notes)
[ar]
2 تشخيص*
2 نتائج* تحاليل*
3 بيانات صحي*
3 معطيات صحي*
3 السر المهني
[ary]
2 الشهاده الطبيه
[fr]
2 diagnostic*
2 arret maladie
3 donnees medicales
3 donnees de sante
3 secret medical
2 resultats d analyses
2 fuiter
2 a fuite
2 ont fuite
[en]
2 diagnosis
3 health data
3 medical information
2 test results
2 sick note
[es]
2 diagnostico*
3 historial medico
3 datos medicos
# without consent, with or without a possessive; private conversations recorded
[fr]
3 sans consentement
3 sans autorisation
3 sans permission
2 conversation privee
2 conversations privees
[en]
3 without permission
2 private conversation*
[es]
3 sin permiso
3 sin consentimiento
3 sin su permiso
2 conversacion privada
1 nombre completo
[ar]
2 محادثه خاص*
2 محادثات خاص*
# pictures or a home address published (like نشر* صور* above)
[ary-latn]
1 ~nchr ~tswr
2 adresse dyal
# personal documents shared (payslips, medical certificates), contact details published
[ar]
2 شهاده طبيه
[fr]
2 certificat medical
2 fiche de paie
1 adresses
1 numero* de telephone
[en]
1 shared my
1 posted my
2 medical certificate
2 payslip
[es]
2 certificado medico
2 nomina

# Session 9: contact details and identity documents published (doxxing), in every form
[ar]
2 ارقام هواتف*
1 عناوين*
1 جواز* سفر*
[ary]
1 الرقم ديالي
1 النمره ديالي
1 العنوان ديال*
2 الباسبور*
[ary-latn]
1 numero dyali
1 =l'adresse
1 passport
[fr]
1 mon numero
1 passeport
[en]
1 my passport
1 my phone number
[es]
1 mi numero
1 pasaporte

# Session 10. Covert filming in every form: a device hidden to record, filming under a
# skirt, private places where people undress (weighing little alone, since a gym or a
# changing room is everyday life).
[ar]
3 كاميرا مخبا*
3 هاتف مخفي
3 هاتف مخبا
3 تحت التنوره
3 تحت تنوره
1 غرفه تغيير الملابس
1 غرف تغيير الملابس
1 حمام*
[ary]
3 كاميرا مخبي*
3 تيليفون مخبي
3 تحت الصايه
3 من تحت الصايه
1 الفيستيير
1 الحمام
[ary-latn]
3 camera ~mkhb
3 kamira ~mkhb
3 tilifon ~mkhb
3 telephone ~mkhb
1 vestiaire
1 douche
[fr]
3 camera espion
3 mini camera
3 telephone cache
3 sous la jupe
3 sous les jupes
1 vestiaire*
1 cabine d essayage
1 salle de bain
[en]
3 spy cam*
3 tiny camera
3 camera disguised
3 disguised camera
3 hidden phone
3 upskirt*
3 up skirt*
3 under her skirt
3 under their skirts
1 locker room
1 changing room
1 footage
[es]
3 camara escondida
3 camaras escondidas
3 movil escondido
3 telefono escondido
3 a escondidas
3 debajo de la falda
3 bajo la falda
1 probador
1 vestuario
1 grabando
1 grabar*
# Session 10. Pictures posted or uploaded without asking, in every form (the Spanish
# publishing verbs subir and colgar, like posted my / publie mes)
[es]
1 subido
1 subio
1 subir
1 colgado
1 colgaron
1 cuelga*
2 sin pedir permiso
2 sin preguntar
[en]
2 without asking
1 full names
[fr]
2 sans demander
2 sans nous demander
[ar]
2 دون استئذان
2 بدون استئذان
[ary]
2 بلا ما يستاذن*
2 بلا ما يسول*
2 تصاور* خاص*
2 حط* التصاور
[ary-latn]
2 bla ma ~ysts*
2 ~7t tsawr

# Session 11 (lead, blind set): scenes of my private life filmed and published
[fr]
2 ma vie privee
2 ma vie intime
[en]
2 my private life
[es]
2 mi vida privada
[ar]
2 حياتي الخاصه
2 حياتي الشخصيه
2 مقاطع من حياتي
[ary]
2 حياتي الخاصه

# Session 11 (lead, second blind set): a neighbour's camera aimed at my home and
# uploading my family; medical results posted with my name
[es]
2 camara apuntando
2 videos de mi familia
[fr]
2 camera braquee
2 videos de ma famille
2 mes resultats d analyse
2 mon dossier medical
[en]
2 camera pointed at
2 camera pointing at
2 my test results
2 my blood test results
2 with my full name
[ar]
2 كاميرا موجهه
2 نتائج التحاليل
[ary]
2 كاميرا مقابله

# Session 11 (lead, blind5): patients' results published with their names
[es]
2 analisis de sangre
2 nombres completos
2 datos medicos
[en]
2 full names
2 medical data
[fr]
2 noms complets
2 donnees medicales
