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
