[ar]
3 نصب*
3 نصاب*
3 احتيال*
3 محتال*
2 وهمي*
1 مزيف*
2 اختفي
1 البائع
2 عمل* وهمي*
3 ارباح خياليه
3 ربحت*
2 جائزه
2 بطاقه بنكي*
2 بطاقتي البنكيه
2 رمز التحقق
2 تحديث بيانات
2 رابط* مشبوه*
1 مشبوه*
1 استثمار*
2 عروض عمل
1 توظيف
2 تصيد*
[ary]
3 تقولب*
3 قولب*
2 بلوك*
2 ما وصلني والو
2 ما وصلني حتى
1 الرصيد
1 كارط*
2 خدمه من الدار
[ary-latn]
3 ~nsb
3 ~gwlb
2 blok*
2 =bloq*
2 khdma mn dar
2 ma wsalni walo
2 ~rbht
[fr]
3 arnaqu*
3 escroc*
3 faux site
3 faux vendeur
3 faux conseiller
3 faux livreur
1 faux
2 fraud*
2 frauduleu*
2 phishing
2 hameconnage
2 a disparu
1 disparu
1 vendeur
2 acompte
1 virement
2 bidon
2 frais de dossier
1 investissement
1 paiement
[en]
3 scam*
3 fraud*
3 fake giveaway
2 giveaway
3 phishing
3 fake shop
3 fake website
2 card details
3 cannot withdraw
1 withdraw
2 trading platform
1 invest*
3 ponzi
3 seller disappeared
1 disappeared
2 never received
1 win a
1 fees
[es]
3 estafa*
3 estafador*
3 fraude
2 desaparecio
1 bizum
3 timo
1 vendedor
# Phishing, smishing and bank impersonation. The channel alone (a bank, an SMS, a
# parcel, a code) is everyday life; the deception is a code or card details asked for,
# a parcel held against a fee, a link to click and pay, an account emptied.
[ar]
1 رساله نصيه
1 رابط*
2 طرد* محجوز*
2 معلومات بطاقت*
2 بيانات بطاقت*
2 طلب* مني الرمز
2 طلب* مني القن
1 عروض* عمل
1 عقود* عمل
2 رسوم* الملف
[ary]
1 لينك*
1 اللينك
2 طلب* مني الكود
2 عطيتو الكود
2 عطيتو ليه الكود
2 خوا* ليا
[ary-latn]
1 lien
1 link
2 ~khwa liya
[fr]
1 lien
2 lien suspect
2 cliquer sur le lien
2 cliquez sur le lien
2 identifiants
2 demande le code
2 demandant le code
2 donne le code
2 communiquer le code
2 colis bloque
2 colis en attente
# investment and trading scams
1 trading
2 plateforme de trading
1 crypto*
1 rendement*
1 investi
# job scams and sellers who vanish
1 offre d emploi
1 travail a domicile
2 ne repond plus
2 m a bloque
[en]
1 link
2 click the link
2 asked for code
2 share the code
1 verification code
1 otp
2 emptied
2 package on hold
2 parcel on hold
1 crypto*
1 guaranteed
1 job offer
1 work from home
2 training fee
1 registration fee
1 fee
2 upfront fee
2 stopped replying
2 stopped responding
2 blocked me
[es]
1 enlace
2 pidio el codigo
2 pidieron el codigo
2 vaciado
2 vaciaron
1 cripto*
1 oferta de trabajo
1 trabajo desde casa
2 me bloqueo
2 paquete retenido
# fake listings and shops: the goods never came, the page is gone
[es]
2 ya no existe
2 nunca llego
3 pagina falsa
3 web falsa
3 anuncio falso
3 tienda falsa
[en]
2 card number
1 account locked
1 account suspended
[fr]
2 numero de carte
2 n existe plus
[ar]
2 رقم البطاقه
[es]
1 falso
1 falsa
# paid, never received, the seller blocked the buyer or stopped answering
[ar]
2 لم اتوصل
2 لم يصلني
2 لم استلم
2 حظرني
2 حظري
[ary]
2 مابقاش كيجاوب
1 طفا التيليفون
[ary-latn]
2 ~bqach ~jawb
[es]
2 ya no contesta
# prize and lottery scams
[en]
1 won a
1 lottery
1 prize
[fr]
1 loterie
2 vous avez gagne
[es]
1 loteria
1 premio

# Session 9. Investment and crypto scams: money in, nothing out (withdrawal refused, a
# "tax" or "fee" to withdraw, money not returned).
[ar]
2 منصه تداول
2 منصه استثمار*
2 عملات رقميه
1 استثمرت
2 ارجاع اموالي
2 استرجاع اموالي
2 سحب اموالي
2 ارباح مضمونه
[ary]
2 ما قدرتش نسحب
2 مانقدرش نسحب
2 رجعو ليا فلوسي
[ary-latn]
2 ~nshb
1 =investi
1 =crypto
[fr]
2 impossible de retirer
2 ne peut plus retirer
2 ne peux plus retirer
2 retirer mon argent
2 retirer son argent
2 plateforme d investissement
1 garanti*
[en]
2 can t withdraw
2 unable to withdraw
2 withdrawals
1 withdrawal
1 profits
1 trader
1 usdt
2 guaranteed returns
[es]
2 no puedo retirar
2 retirar mi dinero
1 invertir
1 inverti
# Advance fees: a fee first, for a parcel at customs, a job, a visa, a work account
[ar]
2 رسوم* جمركي*
2 رسوم تسجيل
2 رسوم* مسبق*
1 اداء رسوم*
2 مهام بسيطه
1 التاشيره
[ary]
2 محبوس* ديوانه
2 ديال الفيزا
1 الفيزا
[ary-latn]
2 ~hbs ~dwn
2 =depot
1 =visa
1 =taches
[fr]
2 frais de dedouanement
2 frais de douane
2 bloque a la douane
2 frais de visa
1 pour le visa
1 agence de recrutement
[en]
2 held at customs
2 customs fee*
1 to release it
2 top up
1 work account
2 deposit first
1 part time job
1 visa fee
[es]
2 retenido en aduana*
2 tasas de aduana
2 depositar
# charity scams and romance scams: a cause or a lover that does not exist
[ar]
1 جمع التبرعات
1 تبرعت
[ary]
1 التبرعات
[fr]
3 fausse association
2 n existe pas
1 dons
2 colis diplomatique
1 site de rencontre
[en]
3 fake charity
1 donations
2 diplomatic parcel
2 diplomatic package
1 dating site
1 dating app
[es]
1 donaciones
3 falsa ong
# SIM swap: the number moved to a new card, then the account emptied
[ar]
3 استبدال الشريحه
2 شريحه جديده
[ary]
3 دوبلي ديال*
[ary-latn]
3 =duplicata
[fr]
3 nouvelle carte sim
3 duplicata
3 vide mon compte
3 vide son compte
[en]
3 sim swap
3 duplicate sim
2 out of my bank account
2 out of my account
[es]
3 duplicado de la sim
3 duplicado de mi sim
# money taken out of the account, a code or card details asked for
[ary]
2 تسحبو ليا
2 تقطعو ليا
[ary-latn]
2 ~tgt3 lia
2 ~bgh code
2 ~tlb code
2 ~tlb mni code
2 infos dyal carte
[fr]
2 infos de ma carte
2 informations de ma carte
2 infos de la carte
# paid, never received, the seller gone
[fr]
2 jamais recu
2 jamais livre
[en]
2 never arrived
2 never came
[es]
2 nunca me llego*
2 nunca llegaron
[ary-latn]
1 ~tblk

# Session 10. Phishing in every form: a sender claiming to be an institution (the bank,
# the CNSS, the tax office, customs), asking to update or confirm one's details or
# password, promising a refund or a compensation behind a link.
[fr]
2 qui dit etre
2 disant etre
2 pretendant etre
2 mettre a jour mes
2 mettre a jour vos
2 mise a jour de vos
1 indemnite
1 remboursement
[en]
2 claiming to be
2 claims to be
2 saying they were from
2 pretending to be from
2 verify your account
2 update your details
2 update your information
2 confirm your password
1 refund
1 compensation
[es]
2 dicen ser de
2 dice ser de
2 que dicen ser
2 confirme mi clave
2 confirmar mi clave
2 confirmar mis datos
2 actualizar mis datos
2 actualizar sus datos
1 reembolso
1 indemnizacion
[ar]
2 تحديث معلومات*
2 يدعي انه
2 تدعي انها
1 تعويض*
1 استرجاع مبلغ
[ary]
2 كيقول راه من
2 دخل* اللينك
1 تعويض
[ary-latn]
# "an SMS whose name is CNSS": the sender calls itself an institution
2 =smito
2 =smitou
2 ~dkhl lien
2 ~dkhl link
1 =ta3wid
1 =t3wid
# the seller or the lover vanished, in Darija (like a disparu, desaparecio, اختفى)
[ary]
2 غبر
2 تغبر
2 اختفى
[ary-latn]
2 =ghbr
2 =ghbar
2 =ghber
2 =tghbr
# a fee to pay before the job, the visa or the contract, in every form (like frais de
# dossier, training fee, رسوم الملف; not registration fees, which universities charge)
[es]
2 tasas antes
2 por adelantado
2 gastos de tramitacion
1 tasas
[fr]
2 payer d avance
[en]
2 processing fee
2 pay in advance
[ar]
2 رسوم* مسبق*
[ary]
2 فلوس الملف
2 واجب التسجيل
[ary-latn]
2 flous dyal dossier
2 =frais dyal
# Session 11. Smishing in the names of the post, the toll badge and the utilities (Barid
# Al-Maghrib, Amana, Jawaz, ONEE): the name weighs 1 like any channel; what makes it a
# fraud is a parcel held or a toll unpaid against a small fee to pay behind a link.
[en]
1 barid al maghrib
1 amana
1 jawaz
1 onee
2 parcel is held
2 parcel held
2 through a link
2 via a link
[fr]
1 barid al maghrib
1 amana
1 jawaz
1 onee
2 peage impaye
2 via un lien
2 sur ce lien
2 par le lien
[es]
2 peaje impagado
2 paquete retenido
2 en un enlace
[ar]
1 بريد المغرب
2 عبر رابط
2 عبر الرابط
[ary]
1 بريد المغرب
2 عندك كوليس*
2 فهاد الرابط
2 فهاد اللينك
# a new SIM card, money moved out of the account (session 11)
[en]
2 new sim
2 transferred out
[fr]
2 nouvelle carte sim
[ar]
2 شريحه جديده
[ary]
2 SIM جديده
