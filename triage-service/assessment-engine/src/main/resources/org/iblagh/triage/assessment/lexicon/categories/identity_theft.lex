[ar]
3 انتحال*
3 نتحل*
3 حساب* مزيف*
3 باسمي
2 صفحه مزيفه
3 قرصنه حساب*
2 اسمه وصوره
3 هويتي
3 سرقه الهويه
2 صفتي
2 استعمال اسم*
[ary]
3 سميتي
1 سميتو
2 تصويرتي
2 دار* حساب*
2 هو انا
2 دير راسو هو
2 مودباس
1 باسوورد
[ary-latn]
# as written: smito (his name) has the skeleton of smiti (my name)
3 =smiti
3 =smiyti
3 =esmiti
3 =ismi
2 ~grsn
[fr]
3 usurp*
3 faux profil
3 faux compte
3 a mon nom
2 mon nom
1 mes photos
3 fait passer pour
1 mon compte
3 mon identite
2 carte nationale
3 en mon nom
[en]
3 impersonat*
3 identity theft
3 stolen identity
3 my identity
3 fake profile
3 fake account
3 in my name
2 my name
1 my photos
3 pretending to be
2 hacked my account
3 took over my account
2 identity card
[es]
3 suplant*
3 cuenta falsa
3 perfil falso
2 mi nombre
1 mis fotos
3 robo de identidad
3 haciendose pasar
[ar]
2 فتح حساب*
[fr]
2 ouvrir un compte
2 ouvert un compte
[en]
2 open an account
2 opened an account
# posing as the reporter, in every tense
[ar]
2 اسمي
1 صوري
2 انشا* حساب*
[fr]
3 faisant passer pour
3 faire passer pour
1 ma photo
[en]
3 posing as
3 poses as
1 my photo
[es]
3 hacerse pasar
3 se hace pasar
1 mi foto
# an account taken over and used in the owner's name: more specific than the generic
# "scammer" of the fraud lexicon, so it weighs more
[ar]
4 سرق* حساب*
[ary]
4 سرقو ليا الحساب
[fr]
4 vole mon compte
[en]
4 stole my account
4 stolen my account
[es]
4 robaron mi cuenta
4 robaron la cuenta

# Session 9: "in the name of" someone else (بسميت الطبيب), the construct form of سميه
[ary]
2 بسميت
2 باسم*

# Session 10. An account "made" with the reporter's pictures and name, and "fake" written
# after the noun (compte fake, كونط فيك), in every form
[ary]
2 دار* كونط*
2 كونط* فيك
2 حساب* فيك
2 بالتصاور ديالي
2 السميه ديالي
2 بالسميه ديالي
[ary-latn]
3 compte fake
3 profil fake
3 =fake compte
2 b tsawr dyali
2 b tswira dyali
[fr]
3 compte fake
3 profil fake
2 avec mes photos
[en]
2 using my photos
2 using my pictures
2 with my photos
[es]
2 con mis fotos
3 cuenta fake
3 perfil fake
[ar]
2 بصوري
2 باستعمال صوري

# someone uses my pictures or my ID so that others take them for me (session 11)
[en]
2 with my pictures
2 profile with my
3 thinking it s me
3 think it s me
2 copy of my id
2 with my id
[fr]
2 utilise mes photos
2 utilise ma photo
2 utilisent mes photos
3 que c est moi
2 avec ma cin
2 avec ma carte
2 copie de ma cin
[es]
2 usa mis fotos
2 usan mis fotos
3 que soy yo
2 con mi dni
2 de mi dni
[ar]
2 ببطاقتي
2 بطاقتي الوطنيه

# Session 11 (lead, second blind set): a copy of my CIN used to open accounts and take
# loans, debts I never made
[en]
2 copy of my cin
2 my cin to open
2 debts i never
2 loans i never
[fr]
2 copie de ma cin
2 ma cin pour
2 dettes que je n ai jamais
[es]
2 copia de mi cin
2 con mi cin
