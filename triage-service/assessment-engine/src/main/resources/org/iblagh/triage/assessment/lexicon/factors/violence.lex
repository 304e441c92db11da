# A call or a threat to beat, burn or attack, short of killing.
[ar]
3 اعتداء*
3 الاعتداء
3 حرق*
3 احراق*
3 ضرب*
3 تعنيف*
3 العنف
3 تكسير*
[ary]
3 نضربك
3 نهرسك
3 نحرقك
3 نجيو عندك
3 نوريك
[ary-latn]
3 ~drb
3 ~hrg
3 ~hrsk
3 ~hrsn
3 ~hrsh
3 ~hrsw
[fr]
3 violence*
3 frapper
3 tabasser
3 bruler
3 agresser
3 lyncher
3 lynchage
3 casser la gueule
[en]
3 hurt
3 beat up
3 violence
3 burn
3 lynch*
3 assault*
[es]
3 violencia
3 golpear
3 quemar
3 agredir
[ary]
3 هرس*
[es]
3 pegar
3 pegarme
3 pegarte
# calls in the passive: "they should be beaten", "must be burned"
[en]
3 be beaten
3 be burned
3 be burnt
3 be attacked
3 be hanged
# calls to attack people
[fr]
3 attaquer les
3 attaquer ces
3 a attaquer
[es]
3 atacar a
[fr]
3 me casser
3 te casser

# Session 9: threats to break bones, beat up, in every form
[en]
3 break legs
3 break bones
3 beat them up
3 beat him up
3 beat me up
[es]
3 dar una paliza
3 romper las piernas
[fr]
3 casser les jambes
3 casser la figure
[ar]
3 ركل*
3 تكسير عظام*

# driving people out of their homes by force (expelling them from the country is a
# demand, not violence)
[fr]
3 de leurs maisons
3 de leurs logements
[en]
3 from their homes
3 out of their homes
[es]
3 de sus casas
[ar]
3 من منازلهم
3 من بيوتهم
[ary]
3 من ديورهم
[ary-latn]
3 mn dyorhom
3 mn diorhom

# Session 10. Stabbing and slashing, and the Darija "I'll slash your face"
[es]
3 apunal*
3 acuchill*
[en]
3 stabbed
3 stabbing
[fr]
3 poignarde*
3 coups de couteau
[ary]
3 نشرحك
3 نشرملك
[ary-latn]
3 =nchr7k
3 =nchre7k
3 =nchar7ek
3 =ncher7ek
3 =nchermlek

# the harm a dangerous challenge asks of children (session 11)
[en]
3 hold their breath
3 pass out
3 cut themselves
3 choke themselves
3 strangle themselves
[fr]
3 jeu du foulard
3 s etrangler
3 se couper
[es]
3 cortarse
3 asfixiarse
3 ahorcarse
[ar]
3 خنق* انفس*
3 جرح* انفس*
# a person killed on camera, beheaded or slaughtered: the violence a video shows (session 11)
[en]
3 beheading
3 beheaded
3 decapitation
[fr]
3 decapit*
3 egorge
3 egorgement
[es]
3 decapit*
3 degoll*
[ar]
3 ذبح*
3 قطع راس*
[ary]
3 =كيتذبح
3 =كيتذبحو
3 =كيتقتلو
[ary-latn]
3 =kaytqtlo
3 =kayt9tlo
3 =kaytqetlo
3 =kayt9etlo
3 =kaytdb7o
# Darija passive calls to beat a group ("خاصهم يتضربو"); expelling alone is not
# violence (dev: "khasshom ytredo" is P3) (session 11)
[ary]
3 =يتضربو
[ary-latn]
3 ytdrbo
[en]
3 break my bones
3 break your bones
3 break my legs
3 break your legs
[en]
3 blackout challenge
3 choking challenge
[ary-latn]
3 =kaytqtl
3 =kayt9tl
3 =kaytqtel
3 =kayt9tel

# Session 11 (lead, second blind set): burning people's houses, beating with sticks
[es]
2 quemarles
2 quemar sus casas
2 a palos
[fr]
2 bruler leurs maisons
2 a coups de baton
[en]
2 burn their houses
2 burn down their houses
[ar]
2 حرق منازلهم
[ary]
2 نحرقو ديورهم
