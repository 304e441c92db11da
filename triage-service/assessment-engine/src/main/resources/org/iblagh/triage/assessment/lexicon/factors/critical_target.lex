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
