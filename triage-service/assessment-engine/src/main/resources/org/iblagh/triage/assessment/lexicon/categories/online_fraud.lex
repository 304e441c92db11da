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
2 ~blk
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
