[ar]
3 تعذيب*
1 عنف*
1 الدم
1 دماء
2 جثث
2 جثه
1 قتل*
2 ذبح*
2 مقزز*
2 صادم*
2 مروع*
1 ضرب*
3 مضارب*
2 شجار*
1 اعتداء*
2 دموي*
2 فيديو* عنيف*
2 تنكيل
2 انتحار
2 نتحر*
[ary]
3 مضاربات
3 تشرميل
3 مشرمل*
2 جرح*
2 كيتذبحو
[ary-latn]

3 ~chrml
2 ~jrh
2 ~dbh
2 ~mdrb
2 ~nthr
[fr]
1 violen*
3 bagarre*
2 tabass*
2 frappe*
2 coups de
3 torture*
3 gore
1 sang
2 sanglant*
2 cadavre*
2 decapit*
2 egorg*
2 mutil*
2 lynchage
2 agression*
2 choquant*
2 cruaute
2 maltraitance
2 suicid*
1 machette
[en]
1 violen*
3 gore
2 fight*
2 beaten
2 beating*
2 stabbed
2 stabbing*
3 torture*
2 graphic
3 corpse*
2 bodies
2 mutilat*
2 blood*
2 gruesome
3 animal cruelty
2 cruelty
1 injured
1 killed
2 execution*
2 beheading
2 suicid*
2 self harm
[es]
1 violen*
3 paliza*
2 golpe*
3 pelea*
3 tortura*
1 sangre
2 cadaver*
2 brutal*
2 apunal*
2 suicid*
[ary-latn]
2 ~drb
1 dem
1 ~dmm
# mutilation and cutting with blades, gangs and violent robbery
[ar]
2 قطع* يد*
2 بتر
1 عصابه
1 عصابات
2 سرقه بالعنف
[ary]
1 شفار*
2 كريساج
[ary-latn]
2 ~krisaj
[fr]
2 braquage*
[en]
2 mugging
1 robbery
[es]
2 atraco*
1 herido*
1 heridas
2 ensangrentad*
# domestic violence, often filmed or streamed
[ar]
3 عنف زوجي
3 عنف اسري
2 ضرب* زوجت*
[ary]
2 كيضرب*
2 كتضرب*
2 ضرب* مرات*
[fr]
3 violences conjugales
2 frappe sa femme
[en]
3 domestic violence
2 beats his wife
[es]
3 violencia de genero
3 violencia domestica
2 maltrato*
# stabbings
[ar]
2 طعن*
[fr]
2 poignard*
2 coups de couteau
[ar]
2 جروح

# Session 9: beatings and bleeding, animals killed, bodies torn, a person about to jump
[ar]
2 ركل*
2 الركل
2 ينزف*
2 نزيف
2 رمي نفس*
2 يلقي بنفس*
[ary]
2 كينزف*
2 يلوح راس*
[fr]
2 dechiquete*
2 corps dechiquetes
2 se jeter
[en]
2 kicked to death
2 beaten to death
2 poisoned
2 jump off
2 throw himself
2 throw herself
[es]
2 tirarse
2 lanzarse

# Session 10. Self-harm announced by swallowing pills (like suicid*)
[en]
2 end it all
2 take all her pills
2 take all his pills
2 overdose
[fr]
2 overdose
2 avaler tous
[es]
2 sobredosis
[ar]
2 جرعه زائده

# dangerous "challenges" spread to children: choking, cutting, fainting (session 11); the
# word challenge alone weighs 1 (a dance challenge is no report)
[en]
1 challenge*
2 hold their breath
2 pass out
2 blackout challenge
2 choking challenge
2 cut themselves
2 choke themselves
2 strangle themselves
[fr]
1 challenge*
1 defi
2 jeu du foulard
2 s etrangler
2 se couper
2 s evanouir
2 perdre connaissance
[es]
1 reto
1 retos
2 cortarse
2 asfixiarse
2 ahorcarse
2 desmayarse
2 tomar pastillas
[ar]
1 تحدي*
2 خنق* انفس*
2 الاغماء
2 جرح* انفس*
# Darija progressive and past passives of killing and slaughter ("kaytqtlo", people
# being killed in a video), which the calls to kill (=ytqtlo) exclude (session 11)
[ary-latn]
2 =kaytqtlo
2 =kayt9tlo
2 =kaytqetlo
2 =kayt9etlo
2 =kaytdb7o
2 =kaytdbe7
2 =kaytdb7
[ary]
2 =كيتقتلو
2 =كيتذبح
2 =كيتذبحو
[ary-latn]
2 =kaytqtl
2 =kayt9tl
2 =kaytqtel
2 =kayt9tel

# Session 11 (lead, second blind set): animals tortured or burnt on video, dead bodies
# shown
[en]
3 animal cruelty
3 torturing cats
3 torturing dogs
2 dead bodies
[fr]
3 maltraitance animale
3 torturent des chats
3 torturent des chiens
2 cadavres
[es]
3 maltrato animal
3 torturan perros
3 torturan gatos
2 cadaveres
[ar]
3 تعذيب الحيوانات
2 جثث
[ary]
3 كيعذبو المش
3 كيعذبو الكلاب
2 الموتى
[ary-latn]
3 =kay3dbo lmch
3 =kay3dbo lklab
