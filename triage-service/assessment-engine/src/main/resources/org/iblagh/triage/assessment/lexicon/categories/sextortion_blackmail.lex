[ar]
3 ابتزاز*
3 بتز*
3 ابتز*
3 هدد* نشر*
3 تهديد* نشر*
2 صور* خاص*
3 صور* حميم*
2 فيديو* خاص*
2 مكالمه فيديو
2 مخل* بالحياء
2 فضح*
3 مقابل عدم نشر*
2 عدم نشر*
[ary]
2 فيديو كول
2 سجلاتني
2 الفضيحه
2 نفضحك
2 نشر* الفيديو
[ary-latn]
3 ~btz
2 ~fdh
1 ~nchr
2 video call
[fr]
3 sextorsion
3 chantage*
3 faire chanter
3 fait chanter
3 menace* de publier
3 menace* de diffuser
3 videos intimes
3 photos intimes
2 intime*
1 diffuser
1 publier
2 appel video
1 enregistrement
1 sinon
1 exige*
2 webcam
[en]
3 sextortion
3 blackmail*
3 threaten* to leak
3 threaten* to post
3 threatening to leak
2 leak my
2 intimate
2 nudes
3 private photos
3 private pictures
3 intimate pictures
2 catfish*
2 video call
1 will post
2 unless pay
2 demands money
[es]
3 sextorsion
3 chantaje*
3 fotos intimas
3 videos intimos
3 amenaza* con difundir
3 amenaza* con publicar
1 difundir
[ary-latn]
2 ~nchr vid*
1 ~3ryn
[ary]
1 عريان*
# recorded during a video chat, threatened with exposure to family and friends
[en]
2 video chat
1 recorded
2 expose me
1 send it to
1 or else
[ary-latn]
2 ~tswr khas*
[fr]
1 mettre en ligne
[es]
2 videollamada
[ary-latn]
3 ~hdn ~nchr
3 ~yhd ~nchr
# the conditional of blackmail ("if you don't pay…") and exposure announced
[ar]
1 اذا لم
1 والا
[ary]
1 ايلا ما
1 الا ما
2 غادي ينشر*
2 غادي يفضح*
[ary-latn]
1 ila ma
2 ghadi ~nchr
[fr]
2 va publier
2 va diffuser
[en]
2 will leak
[es]
2 va a publicar
2 va a difundir

# Session 10. Exposure announced with the Spanish publishing verbs (subir, colgar) and to
# "all my contacts" or the family, in every form; naked pictures and "recorded me" in
# Spanish (like recorded, سجلاتني)
[es]
2 va a subir
2 van a subir
2 subira
2 va a colgar
2 van a colgar
3 fotos desnud*
1 me grabo
1 me grabaron
1 todos mis contactos
1 a mi familia
[en]
1 all my contacts
2 will upload
1 to my family
[fr]
1 tous mes contacts
1 a ma famille
[ar]
1 جميع جهات الاتصال
1 لجميع اصدقائي
1 لعائلتي
[ary]
1 لكاع الكونطاكت
1 لكاع الصحاب
1 للعائله ديالي
[ary-latn]
1 ga3 les contacts
1 l3a2ila dyali
# naked pictures or videos, in every form (like photos intimes)
[fr]
3 photos nues
3 videos nues
3 photos de moi nue
[en]
3 naked pictures
3 naked photos
3 naked video*
[ar]
3 صور* عاري*
3 فيديو* عاري*
[ary]
3 تصاور* عريان*
3 فيديو* عريان*
[ary-latn]
3 ~tswr ~3ryn
3 video* ~3ryn

# Session 11 (lead, blind set): private pictures found in a hacked account and a threat
# to publish them ("photos privées… sinon il les publie")
[fr]
2 photos privees
2 sinon il les publie
2 sinon il va les publier
[en]
2 private photos
2 private pictures
2 or he will post them
2 or he ll post them
[es]
2 fotos privadas
2 o las publica
[ar]
2 صور خاصه
2 صوري الخاصه
[ary]
2 تصاوري الخاصين
[ary-latn]
2 tsawri lkhassin

# Session 11 (lead, second blind set): private pictures in Darija, recorded naked
[ary]
2 تصاور خاصه
2 تصاور خاصين
[en]
2 recorded me naked
2 filmed me naked
[fr]
2 filme nu
2 filmee nue
2 enregistre nu
[es]
2 me grabo desnudo
2 me grabo desnuda
