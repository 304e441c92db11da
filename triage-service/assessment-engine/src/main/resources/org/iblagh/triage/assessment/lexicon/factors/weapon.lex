[ar]
3 سكين*
3 سكاكين
3 ساطور
3 سواطير
3 سيف
3 سيوف
3 مسدس*
3 سلاح*
3 اسلحه
3 بندقي*
3 رشاش*
3 قنبل*
3 متفجر*
3 عبوه ناسفه
3 حزام ناسف
3 ناسف*
3 كلاشنكوف
3 ذخير*
3 رصاص*
[ary]
3 جنوي
3 جناوا
3 موس
3 مواس
3 سواطر
3 فردي
[ary-latn]
3 ~sywf
3 ~swatr
3 ~swtr
3 ~jnw
3 mous
3 bomba
3 ~mtfjr
3 ~frdi
[fr]
3 couteau*
3 couteaux
3 arme
3 armes
3 fusil*
3 pistolet*
3 machette*
3 sabre*
3 kalach*
3 explosif*
3 bombe*
3 ceinture explosive
3 grenade*
3 poignard*
[en]
3 knife
3 knives
3 gun
3 guns
3 rifle*
3 pistol*
3 machete*
3 sword*
3 stab*
3 explosive*
3 bomb
3 bombs
3 grenade*
3 firearm*
3 weapon*
3 ammunition
[es]
3 cuchill*
3 navaja*
3 pistola*
3 arma
3 armas
3 bomba*
3 explosivo*
3 machet*

# Session 10. Detonators (explosive precursors), and sticks carried to an attack
[ar]
3 صاعق*
3 صواعق
[ary]
3 العصي
3 بالعصي
3 بالعصا
[ary-latn]
3 =l3sa
3 =b l3sa
[fr]
3 detonateur*
[en]
3 detonator*
[es]
3 detonador*

# Session 11 (lead, blind set): an explosive device told by what it is made of
[en]
3 filled with nails
3 full of nails
[fr]
3 remplie de clous
3 rempli de clous
[es]
3 llena de clavos
3 lleno de clavos
[ar]
3 مملوءه بالمسامير

# Session 11 (lead, second blind set): the gas cylinder and the nails of a home-made
# bomb, in every form ("nails" alone is also a manicure: weight 1)
[en]
3 gas cylinder
2 gas canister
1 nails
[fr]
3 bonbonne de gaz
2 bonbonne
2 les clous
[es]
3 bombona de butano
2 bombona
2 clavos
[ar]
3 قنينه غاز
2 مسامير
[ary]
2 البوطه
2 المسامر
2 المسامير
[ary-latn]
2 =lbouta
2 =lbota
2 =lmesmar
2 =lmsamer

# Session 11 (lead, third blind set): the knife in Arabizi, a backpack with wires
[ary-latn]
3 =sekkin
3 =sekin
3 =ssekkin
[en]
3 backpack with wires
3 bag with wires
[fr]
3 sac a dos avec des fils
3 sac avec des fils
[es]
3 mochila con cables

# Session 11 (lead, fourth blind set): firearms by the names people use (a shotgun, a
# hunting rifle, a revolver), and the explosive vest
[en]
3 shotgun*
3 revolver*
3 hunting rifle
3 explosive vest
3 suicide vest
[fr]
3 carabine*
3 revolver*
3 fusil de chasse
3 gilet explosif
[es]
3 escopeta*
3 rifle*
3 revolver*
3 chaleco explosivo
3 chaleco bomba
[ar]
3 حزام متفجر
3 سترة ناسفة
[ary]
3 مكحلة
3 الجعبة
[ary-latn]
3 =mokahla
3 =mka7la
3 =lmkahla

# Session 11 (lead, blind5): cylinders in the plural, petrol carried to set fire
[en]
3 gas cylinders
3 can of petrol
3 can of gasoline
3 jerrycan
[fr]
3 bidon d essence
3 bonbonnes
[es]
3 bidon de gasolina
3 bombonas
[ar]
3 قنينات الغاز
3 بنزين
[ary]
3 بيدو ديال ليصانص
[ary-latn]
3 =lbenzine
3 =lisans
