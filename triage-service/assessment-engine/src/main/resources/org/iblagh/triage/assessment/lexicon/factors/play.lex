# The reporter says the threat was play or fiction: a video game, trash talk, a joke
# between friends, a line in a film or a series. Category only: such threat words are
# no danger, unless the person at the door or self-harm shows otherwise. "In the game"
# alone is not here: a player can threaten a child for real.
[ar]
3 مجرد لعبه
3 مجرد مزاح
3 على سبيل المزاح
[ary]
3 غير لعب
3 غير كنلعبو
3 غير كيلعبو
3 غير كنضحكو
3 غير فاللعبه
3 ماشي بصح
3 ماشي بالصح
[ary-latn]
3 ghir ~l3b
3 machi bs7
3 machi bse7
3 machi bsse7
[fr]
3 juste le jeu
3 juste un jeu
3 qu un jeu
3 c est un jeu
3 pour rire
3 pour rigoler
3 pour plaisanter
3 rien de serieux
[en]
3 just a game
3 only a game
3 trash talk
3 just joking
3 just kidding
3 as a joke
3 nothing serious
[es]
3 solo es un juego
3 solo un juego
3 es un juego
3 en broma
3 de broma
3 nada serio
# a line in a film or a series
[ar]
3 في الفيلم
3 في المسلسل
[ary]
3 فالفيلم
3 فالمسلسل
[ary-latn]
3 =f film
3 =fl film
3 =f lfilm
[fr]
3 dans le film
3 dans la serie
[en]
3 in the film
3 in the movie
3 in the series
[es]
3 en la pelicula
3 en la serie

# Session 11 (lead, blind set): games named by their titles, and a film or a series one
# is watching
[en]
3 call of duty
3 free fire
3 pubg
3 fortnite
3 on my team
3 watched a movie
3 a movie where
[fr]
3 free fire
3 pubg
3 fortnite
3 un film ou
3 la serie que
[es]
3 la serie que
3 una pelicula donde
[ary]
3 فالبلايستيشن
3 البلايستيشن

# Session 11 (lead): said to be the reporter's own jokes ("kandiro blagues", "all jokes"),
# not jokes someone makes about an attack (that is the content). Laughter alone
# (hhhh, mdr, lol) is not enough: a threatener laughs too ("je vais te tuer ce soir… mdr")
[fr]
3 c est une blague
3 c etait une blague
[en]
3 all jokes
3 just jokes
3 it was a joke
3 for fun
[es]
3 es broma
3 solo bromas
3 era broma
[ary-latn]
3 =kandiro blagues
3 =kandirou blagues
3 =ghir kandhko
3 =ghir kanddhko
[ary]
3 غير كنتفلاو
3 غير كانضحكو

# Session 11 (lead, blind5): in the cinema
[ary]
3 فالسينما
[fr]
3 au cinema
[en]
3 at the cinema
[es]
3 en el cine
