# An attack, an explosion or a bombing is announced or praised.
[ar]
3 هجوم*
3 هجمات
3 تفجير*
3 يفجر
3 نفجر
3 عمليه ارهابيه
3 اعتداء ارهابي
[ary]
3 فركع*
[ary-latn]
3 ~fjr
3 ~frg3
[fr]
3 attentat*
3 attaque terroriste
3 faire sauter
3 se faire exploser
[en]
3 attack on
3 terrorist attack
3 bombing*
3 blow up
3 explode
[es]
3 atentado*
3 ataque terrorista
3 hacer explotar
# an attack announced in the future tense
[ar]
3 سيهاجم*
3 سنهاجم*
3 ستهاجم*
[ary]
3 غادي يهاجم*
3 غادي نهاجم*
[en]
3 will attack
3 going to attack
3 plans to attack
3 planning to attack
[fr]
3 va attaquer
3 vont attaquer
[es]
3 va a atacar
3 van a atacar
# planting a bomb
[ar]
3 زرع* قنبل*
3 وضع* قنبل*
[fr]
3 poser une bombe
3 placer une bombe
[en]
3 plant a bomb
3 planting a bomb
[es]
3 poner una bomba
3 colocar una bomba

# Session 11 (lead, blind set): "we will attack" in Arabizi (ghadi nhajmo 3la…); the
# skeleton is not used, since hjm is also the barber (7ajjam)
[ary-latn]
3 =nhajmo
3 =nhajmou
3 =nhajmu
3 =yhajmo
3 =yhajmou
3 =thajmo
3 =nhjmo
3 =nhjmou
3 =lhjoum
3 =lhojoum
