# Not a crime: service complaints, questions. Kept light so that any real signal wins.
[ar]
2 انقطاع*
2 استفسار*
1 تجديد
2 جواز* السفر
1 الحافلات
1 مواعيد
2 شركه الاتصالات
1 بطء
[ary]
2 بغيت نعرف
1 كيفاش
2 تعطل*
2 كيخدمش
1 شركه التوصيل
1 الكوموند
1 الاشهارات
1 عيب
[ary-latn]
2 bghit n3ref
1 kifach
2 ~mgt3
1 wifi
1 operateur
[fr]
2 je voudrais savoir
1 comment
2 renseignement*
2 nid de poule
2 bruit
1 voisin
2 panne
1 horaires
1 mairie
1 passeport
1 mot de passe
1 reclamation
1 erron*
[en]
1 how to
1 how can i
2 crashing
1 portal
2 outage
2 noise
1 complaint about
2 disagree
1 news article
1 corrected
2 spam calls
2 telemarketing
1 insurance
[es]
2 quiero saber
1 como
1 recuperar
1 portal
1 contrasena
1 queja
# where to go for a procedure (session 11)
[ar]
2 اين يمكنني
[en]
2 where can i
[fr]
2 ou puis je
[es]
2 donde puedo
