# A target whose outage endangers people (counts for cyberattacks and terrorism).
[ar]
3 مستشف*
3 مطار*
3 محطه كهرباء
3 الوقايه المدنيه
[ary]
3 سبيطار*
[fr]
3 hopital*
3 hopitaux
3 aeroport*
3 centrale electrique
3 urgences
3 samu
[en]
3 hospital*
3 airport*
3 power grid
3 water supply
3 emergency services
[es]
3 hospital*
3 aeropuerto*
[ary-latn]
3 ~sbitar
3 ~mostachf*

# water and power utilities: an outage leaves neighbourhoods without water or power (session 11)
[en]
3 water utility
3 pumping station
3 water treatment
3 drinking water
3 power station
3 power plant
[fr]
3 station de pompage
3 eau potable
3 distribution d eau
3 reseau electrique
[es]
3 agua potable
3 red electrica
3 planta de agua
[ar]
3 الماء الصالح للشرب
3 محطه الضخ
3 توزيع الماء
3 الشبكه الكهربائيه
