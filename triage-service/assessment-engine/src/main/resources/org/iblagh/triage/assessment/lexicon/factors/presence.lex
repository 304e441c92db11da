# The person who threatens is at the reporter's home, door or building, or lying in wait
# for them. Weighs only with a danger (like imminent). A weapon together with it is a
# danger to life (TextAnalysis.armedPresence) when the entry says someone is there or
# waiting (weight 3), or when a place alone (weight 2: "devant chez moi" is also where a
# seller hands over an item) goes with a threat word or a time (now, tonight). A door or a street with no "my" (a school gate in a
# video of a fight) is not the reporter's.
[ar]
2 امام العماره
2 امام المنزل
2 امام البيت
2 امام بيتي
2 امام منزلي
2 امام بابي
2 عند بابي
2 تحت العماره
2 تحت المنزل
3 ينتظرني
3 يترصدني
[ary]
2 قدام الدار
2 قدام داري
2 قدام بابي
2 حدا الدار
2 تحت العماره
2 تحت الدار
2 فباب الدار
3 تسناني
3 كيتسناني
3 واقف تحت
3 واقف قدام
[ary-latn]
2 9dam dar
2 9dam ddar
2 9dam dari
2 9dam lbab
2 gdam dar
2 gddam dar
2 ta7t l3imara
2 t7t l3imara
2 ta7t dar
2 7da dar
3 ~ytsn
[fr]
2 devant chez moi
2 devant chez nous
2 devant ma porte
2 devant ma maison
2 devant mon immeuble
2 devant notre porte
2 en bas de chez moi
2 en bas de mon immeuble
3 m attend devant
3 m attend en bas
3 m attend dehors
[en]
2 outside my house
2 outside my building
2 outside my home
2 outside my door
2 outside my flat
2 outside my apartment
2 outside our house
2 in front of my house
2 in front of my building
2 in front of my door
2 at my door
2 at my front door
3 waiting downstairs
2 waiting outside
3 waiting for me outside
3 downstairs for me
[es]
2 frente a mi casa
2 frente a mi puerta
2 frente a mi edificio
2 delante de mi casa
2 afuera de mi casa
2 fuera de mi casa
2 en la puerta de mi casa
2 abajo de mi edificio
2 abajo de mi casa
2 debajo de mi casa
3 me espera abajo
3 me espera afuera
# someone is there, or waits, now: weight 3
[ar]
3 ينتظرني امام
3 يقف امام
3 يقف تحت
[ary-latn]
3 ~wgf ~gdm
3 ~wgf ~tht
3 ~wgf gdam
[fr]
3 est devant chez moi
3 est devant ma porte
3 est devant mon immeuble
3 est en bas de chez moi
3 est en bas de mon immeuble
3 attend devant chez moi
[en]
3 is outside my
3 is in front of my
3 is at my door
3 waiting for me
3 waits for me
[es]
3 esta frente a mi
3 esta en la puerta de mi
3 esta afuera de mi
3 esta abajo de mi
3 me espera

# Session 10. At the door or the entrance, in Spanish
[es]
3 esta en la puerta
3 esta en mi puerta
3 esta en mi portal
2 en mi portal

# someone saying they are there now and ordering the reporter out (session 11); "I'm
# here" alone is also "I'm here to report", so only the order counts as someone there
[en]
3 come down or
3 come outside or
3 come out or
[fr]
3 descends ou
3 sors ou
[es]
3 baja o
3 sal o
[ary]
3 هبط ولا
3 خرج ولا
[ary-latn]
3 hbet wla
3 khrej wla
3 rah wa9ef
3 rah waqef

# Session 11 (lead, third blind set): on the way now, coming to your house
[ary-latn]
3 =rani f tri9
3 =rani f triq
3 =ana jay daba
3 =nji l darek
3 =nji ldarek
[ary]
3 راني فالطريق
3 انا جاي دابا
3 نجي لدارك
[fr]
3 je suis en route
3 j arrive chez toi
[en]
3 on my way to your
3 coming to your house
[es]
3 voy para tu casa
3 voy a tu casa

# Session 11 (lead): at the reporter's door, said by the threatener ("I'm outside your house")
[fr]
3 devant chez toi
3 en bas de chez toi
[en]
3 outside your house
3 outside your door
[es]
3 delante de tu casa
3 en tu puerta
[ary]
3 قدام دارك
[ary-latn]
3 =9dam darek
3 =qdam darek
