# A child or a teenager is involved: words, or an age under 18 (<minor-age> is 1..17).
[ar]
3 قاصر*
3 طفل*
3 اطفال
3 تلميذ*
3 تلاميذ
3 اعداديه
3 ابتدائي*
3 <minor-age> سنه
3 <minor-age> سنوات
3 <minor-age> سنين
3 <minor-age> عام*
3 <minor-age> عاما
3 عمر* <minor-age>
3 صغير* السن
3 ابني القاصر
[ary]
3 دراري صغار
3 وليد*
3 بنيت*
3 عند* <minor-age>
3 <minor-age> العام
[ary-latn]
3 drari sghar
3 <minor-age> 3am
3 <minor-age> ans
3 ~tfl
3 ~gasr
3 bent <minor-age>
3 weld <minor-age>
[fr]
3 mineur*
3 enfant*
3 fillette*
3 gamin
3 gamine
3 gamins
3 gamines
3 <minor-age> ans
3 ado
3 ados
3 adolescent*
3 collegien*
3 lyceen*
3 college
3 lycee
3 ecolier*
3 pedo*
3 bebe*
[en]
3 minor
3 minors
3 child
3 children
3 kid
3 kids
3 <minor-age> year*
3 <minor-age> yo
3 teen
3 teens
3 teenage*
3 underage
3 schoolgirl*
3 schoolboy*
3 pedophil*
3 paedophil*
3 csam
3 toddler*
[es]
3 menor
3 menores
3 nino*
3 nina*
3 <minor-age> anos
3 adolescente*
3 pedofil*
# schools: the pupils of a primary, middle or high school are minors
[ar]
3 ثانويه
[ary]
3 ليسي
3 الليسي
3 الكوليج
[fr]
3 ecole primaire
3 ecoliers
[en]
3 schoolchildren
3 pupils
3 high school
3 middle school
3 primary school
[es]
3 colegio
3 escolares

# Session 10. An age given after a relative ("my daughter is 13", "my son, who is 12")
[en]
3 daughter is <minor-age>
3 son is <minor-age>
3 sister is <minor-age>
3 brother is <minor-age>
3 niece is <minor-age>
3 nephew is <minor-age>
3 cousin is <minor-age>
[es]
3 tiene <minor-age>
[fr]
3 fille a <minor-age>
3 fils a <minor-age>
# a relative with an age in brackets ("my sister (14)"), a younger sibling
[en]
3 sister <minor-age>
3 brother <minor-age>
3 daughter <minor-age>
3 son <minor-age>
3 little sister
3 little brother
3 younger sister
3 younger brother
[fr]
3 petite soeur
3 petit frere
3 soeur de <minor-age>
3 frere de <minor-age>
[es]
3 hermanita
3 hermanito
3 hermana pequena
3 hermano pequeno
3 hermana de <minor-age>
3 hermano de <minor-age>
[ar]
3 اختي الصغيره
3 اخي الصغير
[ary]
3 ختي الصغيره
3 خويا الصغير
[ary-latn]
3 =khti sghira
3 =khoya sghir

# Moroccan middle school in Arabizi (session 11)
[ary-latn]
3 =i3dadi
3 =i3dadiya
3 =li3dadi
3 =l3idadi
# little girls, little boys (session 11)
[ary]
3 بنات صغار
3 ولاد صغار
[ary-latn]
3 bnat sghar
3 wlad sghar
# a cousin, a nephew or a niece and an age (session 11)
[en]
3 cousin <minor-age>
3 nephew <minor-age>
3 niece <minor-age>
[fr]
3 cousin de <minor-age>
3 cousine de <minor-age>
3 neveu de <minor-age>
3 niece de <minor-age>
[es]
3 primo de <minor-age>
3 prima de <minor-age>
3 sobrino de <minor-age>
3 sobrina de <minor-age>
