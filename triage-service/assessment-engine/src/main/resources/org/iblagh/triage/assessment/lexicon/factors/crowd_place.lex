# Places where people gather (category only, session 11): with a day to come and a
# jihadist's words, the target of an attack announced (TextAnalysis.crowdTargetedForADay).
# Alone, or with a day only, they mean nothing ("the match on Sunday at the stadium").
[en]
3 festival
3 stadium
3 concert
3 church
3 cathedral
3 synagogue
3 mosque
3 market
3 souk
3 square
3 station
3 mall
3 mass
3 tourists
3 crowd
[fr]
3 festival
3 stade
3 concert
3 eglise
3 cathedrale
3 synagogue
3 mosquee
3 marche
3 souk
3 place
3 gare
3 messe
3 touristes
3 foule
[es]
3 festival
3 estadio
3 concierto
3 iglesia
3 catedral
3 sinagoga
3 mezquita
3 mercado
3 zoco
3 plaza
3 estacion
3 misa
3 turistas
3 paseo maritimo
[ar]
3 مهرجان
3 ملعب
3 حفل
3 كنيسه
3 كنيس
3 مسجد
3 سوق
3 ساحه
3 محطه
3 قداس
3 السياح
[ary]
3 المهرجان
3 التيران
3 الكنيسه
3 الجامع
3 السوق
3 الساحه
3 لاكار
[ary-latn]
3 =festival
3 =lfestival
3 =stade
3 =sou9
3 =ssou9
3 =jame3
3 =ljame3
3 =sa7a
3 =sa7at
3 =knisa
3 =lknisa
3 =lagar

# Session 11 (lead, blind5): the crowd itself
[ar]
3 الجمهور
[ary]
3 الجمهور
[en]
3 the crowd
[fr]
3 la foule
[es]
3 la multitud
