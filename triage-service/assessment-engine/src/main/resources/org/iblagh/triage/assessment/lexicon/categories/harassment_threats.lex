[ar]
2 تهديد*
2 هدد*
3 تحرش*
2 مضايق*
1 ازعاج*
1 مزعج*
2 السب
2 سبني
2 القذف
2 شتم*
2 اهان*
3 تنمر*
2 توعد*
2 انتقام
2 مطارد*
1 ملاحق*
3 رسائل تهديد*
3 تهديد* بالقتل
[ary]
2 تبعني
2 كلام خايب
1 قلقني
1 نمره جديده
[ary-latn]
2 ~sbn
2 ~hdn
3 ~thrch
2 klam khayb
2 ~hgr
2 ~tb3n
[fr]
3 harcel*
2 menace*
3 menaces de mort
2 insult*
2 injure*
2 intimid*
2 traque*
3 cyberharcelement
1 moque*
2 diffamation
[en]
3 harass*
2 threat*
3 bully*
3 bullied
2 insult*
3 stalk*
2 intimidat*
3 death threat*
2 abusive messages
1 mock*
2 hurt my
3 knows where i live
[es]
3 acos*
2 amenaza*
2 insult*
3 amenazas de muerte
3 ciberacoso
3 hostig*
# threats to kill the reporter or someone close: threats, whatever the weapon
[ar]
3 قتلني
3 قتلك
3 قتلوك
3 ذبحك
3 ذبحني
[ary-latn]
3 ~dbhn
3 ~dbhk
3 ~gtln
3 ~gtlk
3 ~ktln
3 ~ktlk
[fr]
3 me tuer
3 te tuer
[en]
3 kill me
3 kill you
3 shoot me
[es]
3 matarme
3 matarte
# offensive or obscene messages, repeated contact, following, fear
[ar]
2 مسيئ*
2 مسيء*
2 بذيء*
2 شتائم
1 لاحقني
1 لاحقونني
1 خائف*
1 ارقام جديده
[ary]
2 كيعاير*
2 عاير*
1 خايف*
1 خايفه
1 حسابات جداد
[ary-latn]
2 ~3ayr
1 khayf*
[fr]
2 n arrete pas
2 me suit
2 nouveaux numeros
2 nouveaux comptes
1 peur
[en]
2 keeps texting
2 keeps calling
2 keeps messaging
2 new numbers
2 shows up at
3 won t leave me alone
2 following me
1 scared
1 afraid
[es]
2 no deja de
2 me sigue
2 numeros nuevos
2 cuentas nuevas
1 miedo
3 me va a pegar
# Darija present tense of "insult" (كيسب، كتسب): the stem سب is too short to be stripped
[ary]
2 كيسب*
2 كتسب*
2 كيشتم*
# obscene messages and calls, again and again
[ary]
2 ميساجات خايب*
1 كيتصل بيا
[ary-latn]
2 ~msj ~khyb
1 ~tsl biya
# threats to kidnap the reporter or someone close, threats to kill written with a noun,
# idiomatic death threats: threats to a person, like the threats to kill above
[ar]
3 ختطفني
3 ختطفك
3 سيختطف*
3 هدد* بالقتل
3 هدد* بالذبح
3 هدد* بالتصفيه*
3 لن ترى الغد
3 ايامك معدوده
3 ايامي معدوده
[ary]
3 نخطفك
3 غادي نخطف*
3 ايامك معدوده
3 ايامك محسوبه
[ary-latn]
3 ~nkhtf
3 ~khtfk
3 ~hdn ~gtl
3 ~aym ~m3d
[fr]
3 menace* d enlever
3 me kidnapper
3 te kidnapper
3 tes jours sont comptes
3 ne verras pas demain
3 me faire disparaitre
[en]
3 kidnap me
3 kidnap you
3 abduct me
3 abduct you
3 threaten* to kidnap
3 threaten* to abduct
3 won t see tomorrow
3 your days are numbered
[es]
3 secuestrarme
3 secuestrarte
3 con secuestrar
3 tus dias estan contados
3 no veras el amanecer

# Session 11 (lead, blind set): the harasser who comes back under a new account after
# being blocked again and again
[fr]
2 l ai bloque
2 je l ai bloquee
2 nouveau compte pour
2 revient toujours
[en]
2 blocked him
2 blocked her
2 keeps coming back
2 new account to
[es]
2 lo bloquee
2 la bloquee
2 vuelve con otra cuenta
[ary-latn]
2 =bloquitih
2 =bloquito

# Session 11 (lead, blind5): insult and defamation, "you will pay with your blood"
[ar]
3 سب وقذف
2 قذف
2 يتهمها في شرفها
2 ستدفع الثمن
2 الثمن بدمي
[ary]
2 غادي تخلص الثمن
