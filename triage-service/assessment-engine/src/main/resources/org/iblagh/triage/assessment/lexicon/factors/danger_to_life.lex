# Threats to kill and attacks announced against people. Verb forms are written without
# their prefixes: the tokenizer strips ي/ن/ت/س/كي/غا, so قتلني matches يقتلني, سيقتلني, غايقتلني.
[ar]
3 تهديد* قتل
3 تهديد* بالقتل
3 قتلني
3 قتلك
3 قتلكم
3 قتلوك
3 قتلوني
3 قتله
3 قتلها
3 اقتلك
3 اقتلكم
3 ذبحك
3 ذبحني
3 ذبحوك
3 تصفيه جسديه
3 هاجم* عليهم
[ary]
3 نقتلك
3 قتلو
3 نذبحك
3 نطيرلك راسك
3 نصفيك
3 نجيو عندك ونقتلوك
[ary-latn]
3 ~gtln
3 ~gtlk
3 ~ktln
3 ~ktlk
3 ~dbhn
3 ~dbhk
3 ~dbhom
[fr]
3 menace* de mort
3 me tuer
3 te tuer
3 la tuer
3 le tuer
3 nous tuer
3 vous tuer
3 les tuer
3 egorger
3 t egorger
3 les attaquer
3 tirer sur
3 abattre
[en]
3 kill me
3 kill you
3 kill her
3 kill him
3 kill us
3 kill them
3 shoot me
3 shoot you
3 shoot her
3 stab me
3 stab you
3 death threat*
3 threaten* to kill
3 slit your throat
3 behead you
3 attack them
3 murder me
[es]
3 matarme
3 matarte
3 matarla
3 matarlo
3 te voy a matar
3 amenaza* de muerte
# Threats to kidnap someone: the verb aimed at a person or announced (future, "will",
# "threatens to"), never the noun of a news story (اختطاف, enlèvement, secuestro)
[ar]
# the future (سيختطف) or the reporter as object; a bare present (تختطف) is also how a
# news story says "a gang abducts children"
3 سيختطف*
3 سنختطف*
3 ساختطف*
3 ختطفني
3 ختطفك
3 ختطفكم
3 خطفك
3 خطفني
[ary]
3 نخطفك
3 نخطفكم
3 غادي نخطف*
3 غادي يخطف*
3 غا نخطف*
[ary-latn]
3 ~nkhtf
3 ~khtfk
3 ~khtfn
[fr]
3 me kidnapper
3 te kidnapper
3 vous kidnapper
3 la kidnapper
3 le kidnapper
3 les kidnapper
3 kidnapper ton
3 kidnapper ta
3 kidnapper tes
3 kidnapper mon
3 kidnapper ma
3 kidnapper mes
3 menace* d enlever
3 menace* de kidnapper
3 m enlever
3 t enlever
3 vous enlever
[en]
3 kidnap me
3 kidnap you
3 kidnap her
3 kidnap him
3 kidnap my
3 kidnap your
3 abduct me
3 abduct you
3 abduct her
3 abduct him
3 abduct my
3 abduct your
3 will kidnap
3 will abduct
3 threaten* to kidnap
3 threaten* to abduct
[es]
3 secuestrarme
3 secuestrarte
3 secuestrarla
3 secuestrarlo
3 secuestrarlos
3 secuestrarnos
3 a secuestrar
3 con secuestrar
# Threats to kill written with a noun ("threatened me with killing", "menace de mort")
[ar]
3 هدد* بالقتل
3 هدد* بالذبح
3 هدد* بالموت
3 هدد* بالتصفيه*
3 تهديد* بالتصفيه*
3 تهديد* بالذبح
[ary-latn]
3 ~hdn ~gtl
3 ~blgtl
3 ~bdbh
[fr]
3 menace* de me tuer
3 menace* de te tuer
3 menace* de la tuer
3 menace* de le tuer
# Idiomatic death threats: you won't see tomorrow, your days are numbered, I'll finish
# you (the negation is part of the idiom, so it is written into the entry)
[ar]
3 لن ترى الغد
3 لن تري الغد
3 لن تعيش
3 ايامك معدوده
3 ايامي معدوده
3 ايامه معدوده
3 ايامها معدوده
[ary]
3 نصفيه
3 نصفيها
3 نصفيكم
3 ايامك معدوده
3 ايامك محسوبه
3 ما غاديش تشوف غدا
3 ماغاديش تشوف غدا
[ary-latn]
3 ~nsfk
3 ~aym ~m3d
[fr]
3 tes jours sont comptes
3 vos jours sont comptes
3 mes jours sont comptes
3 ne verras pas demain
3 ne verras pas la fin
3 ne vivras pas
3 me faire disparaitre
3 te faire disparaitre
3 la faire disparaitre
3 le faire disparaitre
[en]
3 won t see tomorrow
3 will not see tomorrow
3 won t live to see
3 your days are numbered
3 my days are numbered
# "end you" with one word skipped matched "at the end. Can you" (session 11)
3 will end you
3 gonna end you
3 ll end you
3 end me
3 make you disappear
3 make me disappear
3 you re a dead man
3 you are a dead man
[es]
3 tus dias estan contados
3 mis dias estan contados
3 no veras el amanecer
3 no veras manana
3 no llegas a manana
3 hacerte desaparecer
3 hacerme desaparecer

# Session 10. Calls to kill a group in the passive or impersonal ("they should be
# killed", "must be wiped out", "deserve death", خاصهم يتقتلو، يجب أن يقتلوا: the passive
# alone, كيتذبحو, also describes a video of people being killed), and French
# idiomatic death threats (faire la peau, buter)
[ar]
3 ان يقتلوا
3 ان يذبحوا
3 دمهم حلال
3 تصفيتهم
3 ابادتهم
3 قتلهم
3 ذبحهم
[ary]
3 خاصهم يتقتلو
3 خاصهم يتذبحو
3 خاصهم يتحرقو
3 خاص يتقتلو
3 نقتلوهم
[ary-latn]
# khassom / khasshom: the skeleton keeps s or sh
3 ~khs ~ytgtl
3 ~khch ~ytgtl
3 ~khs ~ytdbh
3 ~khch ~ytdbh
3 ~khs ~ythrg
3 ~khch ~ythrg
[fr]
3 etre elimines
3 etre tues
3 les eliminer
3 les exterminer
3 les pendre
3 meritent la mort
3 merite la mort
3 faire la peau
3 te buter
3 me buter
3 le buter
3 te crever
3 me crever
[en]
3 be killed
3 be wiped out
3 wiped out
3 be exterminated
3 be gassed
3 gassed
3 deserve to die
3 deserve death
3 should die
[es]
3 ser exterminados
3 ser asesinados
3 matarlos
3 matarlas
3 acabar con todos
3 acabar con ellos
3 merecen morir
3 merecen la muerte
# Session 10. The Spanish "va a matar" with its object before the verb (me va a matar, la
# van a matar)
[es]
3 va a matar
3 van a matar
3 voy a matar
3 vamos a matar
# Session 10. More calls to kill a group: "must die", "kill them all", "il faut tuer", "hay
# que matar", أن يقتل; the Darija subjunctive passive as written (يتقتلو, ytqtlo), since
# with the progressive prefix (كيتقتلو, kaytqtlo) it describes a video of people killed
[ar]
3 ان يقتل
3 يجب قتل
3 يجب ذبح
3 يستحقون الموت
3 يجب اعدام*
[ary]
3 =يتقتلو
3 =يتذبحو
3 =يتحرقو
3 =يتقتل
[ary-latn]
3 ytqtl*
3 ytktl*
3 ytdb7*
3 yt7r9*
[fr]
3 il faut tuer
3 faut tuer
3 faut les tuer
3 tuer tous
3 doivent mourir
3 doit mourir
3 extermin*
[en]
3 must die
3 should all die
3 need to die
3 kill all
3 kill them all
[es]
3 hay que matar
3 matar a todos
3 deben morir
3 que se mueran

# Session 11 (lead, second blind set): going to kill someone named ("a matar al
# profesor", "n9tlha"), and "you will never see her again"
[es]
3 a matar al
3 a matar a
3 no la volveras a ver
3 no lo volveras a ver
[en]
3 never see her again
3 never see him again
3 never see them again
[fr]
3 ne la reverras jamais
3 ne le reverras jamais
3 ne la reverras plus
3 ne le reverras plus
[ar]
3 لن تراها
3 لن تراه
[ary]
3 ما غاديش تشوفها
3 ماغاديش تشوفها
3 ما غاديش تشوفو
[ary-latn]
3 =n9tlha
3 =nqtlha
3 =n9tlo
3 =nqtlo
3 =n9tlhom
3 =nqtlhom
3 =n9tlek
3 =n9tlk

# Session 11 (lead, third blind set): "they will take my son" in the verbs people use
[fr]
3 enlever mon
3 enlever ma
3 enlever ton
3 enlever ta
3 vont enlever
3 va enlever
[en]
3 kidnap your
3 will kidnap
3 going to kidnap
3 abduct your
3 will abduct
[es]
3 van a secuestrar
3 va a secuestrar
3 secuestrar a tu
3 secuestrar a mi

# Session 11 (lead, blind5): threats of killing in formal Arabic, kidnapping a child,
# killing the members of a group
[ar]
3 تهديدات بالقتل
3 تهديد بالقتل
3 بخطف ابنتي
3 بخطف ابني
3 بخطف
[ary]
3 يخطف ليا
3 نخطف ليك
[es]
3 matar a los
3 matar a las
[fr]
3 tuer les
