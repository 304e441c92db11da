# The reporter says there is nothing to report: a false alarm, a question, a report
# withdrawn. Category only: the crime words then describe something else (unless someone
# is in danger or lost money). Mentions of the news are not here: victims often start
# with what they saw on the news before saying it happened to them too.
[ar]
3 ليس لدي بلاغ
3 ليس لدي ما ابلغ
3 لا اريد التبليغ
3 انذار كاذب
3 ليس لدي شكايه
[ary]
3 ما عندي حتى بلاغ
3 ماعندي حتى بلاغ
3 ماشي بلاغ
3 ما بغيتش نبلغ
3 غير سؤال
[ary-latn]
3 =ma 3ndi 7ta bla8
3 =machi bla8
3 =ghir so2al
[fr]
3 fausse alerte
3 rien a signaler
3 je ne signale rien
3 il n y a pas eu de fraude
3 classer mon signalement
3 retirer mon signalement
3 annuler mon signalement
[en]
3 false alarm
3 nothing to report
3 not reporting anything
3 i m not reporting
3 i am not reporting
[es]
3 falsa alarma
3 nada que denunciar
3 no tengo nada que
3 no quiero denunciar

# Session 10. "I have nothing to report" in Darija; the reporter is the one accused (of a
# threat, a scam) and defends themselves; the activity is licensed or the medicine
# prescribed, so the alarming word names something lawful.
[ary]
3 ما عندي ما نبلغ
3 ماعندي ما نبلغ
3 ما كاين ما نبلغ
3 ماكاين ما نبلغ
3 كيتهمني
3 كيتهموني
3 عندنا الرخصه
3 عندي الرخصه
3 بالوصفه ديال الطبيب
[ary-latn]
3 =ma 3ndi ma nbelegh
3 =ma kayn ma nbelegh
3 ~kythmn
[ar]
3 ليس لدي ما ابلغ عنه
3 يتهمني
3 يتهمونني
3 اتهمني
3 لدينا ترخيص
3 لدينا رخصه
3 وصفه طبيه من
3 وصفها لي الطبيب
[fr]
3 m accuse
3 m accusent
3 nous accuse
3 nous avons la licence
3 nous avons une licence
3 j ai la licence
3 toutes les autorisations
3 prescrit par
3 prescrits par
3 prescrite par
[en]
3 accuses me
3 accusing me
3 accused me
3 that i threatened
3 says i threatened
3 we have all the permits
3 we are licensed
3 licensed restaurant
3 licensed shop
3 prescribed by
[es]
3 me acusa
3 me acusan
3 tenemos licencia
3 tenemos todos los permisos
3 recetado por
3 recetados por
3 recetada por

# Session 11 (lead, blind set): questions about a report already sent, and disputes
# with a shop over a purchase (a matter for consumer protection, not the police)
[en]
3 follow up on the report
3 follow up on my report
3 the report i sent
[fr]
3 suivre mon signalement
3 dans un magasin
3 la garantie
3 service apres vente
[es]
3 seguir mi denuncia
3 en una tienda
3 la garantia
[ar]
3 شكايتي قد وصلت
3 وصلت شكايتي
3 الضمان
[ary-latn]
3 =mn magasin
3 =f magasin

# Session 11 (lead, blind5): a physical shop's purchase, solidarity shared, questions
# about the procedure, learning security
[ary]
3 من محل
3 فواحد المحل
[ar]
3 من متجر في
3 التضامن مع الضحايا
3 اود الاستفسار
3 الاستفسار عن الاجراءات
[en]
3 solidarity with the victims
3 i would like to know how
3 ethical hacking
3 cybersecurity course
[fr]
3 solidarite avec les victimes
3 je voudrais savoir comment
3 hacking ethique
[es]
3 solidaridad con las victimas
3 quisiera saber como
3 hacking etico
