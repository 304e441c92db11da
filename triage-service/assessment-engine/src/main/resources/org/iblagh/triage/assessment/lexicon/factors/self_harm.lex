# Someone announcing suicide or self-harm (not "suicide bombers": those are terrorism).
[ar]
3 نتحر*
3 انتحر*
3 انتحار
3 اقتل نفس*
3 قتل نفس*
3 ايذاء نفس*
3 انهاء حيات*
[ary]
3 قتل راس*
3 نقتل راسي
3 نموت راسي
[ary-latn]
3 ~nthr
3 ~gtl ras*
3 ~ktl ras*
[fr]
3 se suicider
3 me suicider
3 suicidaire*
3 mettre fin a ses jours
3 mettre fin a mes jours
3 me faire du mal
3 scarifi*
3 tentative de suicide
[en]
3 kill myself
3 kill himself
3 kill herself
3 suicidal
3 commit suicide
3 end my life
3 end her life
3 end his life
3 self harm
3 going to jump
[es]
3 suicidarme
3 suicidarse
3 quitarme la vida
3 quitarse la vida

# Session 9: throwing oneself from a height, in every form
[ar]
3 رمي نفس*
3 يلقي بنفس*
[ary]
3 نلوح راسي
3 يلوح راس*
3 تلوح راس*
[ary-latn]
3 ~lwh ras*
[fr]
3 se jeter du
3 se jeter de
3 sauter du toit
[en]
3 jump off
3 throw himself
3 throw herself
3 throw myself
[es]
3 tirarse de
3 tirarme de
3 lanzarse al vacio

# Session 10. Swallowing all the pills, an overdose, "end it all", in every form
[ar]
3 جرعه زائده
3 ابتلاع* كل الحبوب
[ary]
3 نشرب كاع الدوا
3 تشرب كاع الدوا
[ary-latn]
3 =nchreb ga3 dwa
[fr]
3 en finir
3 avaler tous
3 avaler toutes
3 overdose
[en]
3 end it all
3 and end it
3 take all her pills
3 take all his pills
3 take all my pills
3 overdose
[es]
3 acabar con todo
3 tomarse todas las pastillas
3 sobredosis
# swallowing all of a medicine, in any person (session 11)
[ary]
3 كاع الدوا
3 كاع دوا
[ary-latn]
3 ga3 dwa
3 ga3 ddwa
3 ga3 l7bob

# Session 11 (lead, blind set): "she would rather die", and the cuts and jumps an online
# "challenge" orders a child, in Darija
[fr]
3 prefere mourir
3 prefere etre morte
3 prefere etre mort
3 plutot mourir
[en]
3 rather die
3 rather be dead
[es]
3 prefiere morir
3 prefiero morir
3 prefiere estar muerta
[ar]
3 تفضل الموت
3 افضل الموت
3 يفضل الموت
[ary]
3 تقطع يدها
3 تجرح يدها
3 تلوح راسها
3 نموت احسن
3 تموت احسن
[ary-latn]
3 =t9ta3 yddha
3 =tqta3 yddha
3 =tjra7 yddha
3 =tlo7 rasha
3 =tlou7 rasha
3 =tlo7 rasek
3 =lo7 rasek

# Session 11 (lead, second blind set): pills swallowed (past tense), a farewell posted,
# and the Darija "I'll throw myself"
[fr]
3 avale toutes
3 avale tous
3 a avale les
3 poste un adieu
3 message d adieu
[en]
3 swallowed all
3 goodbye message
3 posted a goodbye
[es]
3 se ha tomado todas
3 se tomo todas
3 mensaje de despedida
[ar]
3 رساله وداع
3 ابتلعت كل
[ary]
3 نلوح راسي
3 بلعات كاع
[ary-latn]
3 =nloh rasi
3 =nlo7 rasi
3 =nlou7 rasi
3 =yjr7 ydo
3 =tjr7 ydha
3 =yjra7 ydo

# Session 11 (lead, third blind set): a farewell sent to family or friends, "forgive me,
# all of you"
[en]
3 farewell voice
3 farewell note
3 farewell message
3 said goodbye to everyone
3 sorry for everything
[fr]
3 pardon pour tout
3 dit adieu a tout
[es]
3 perdon por todo
3 se despidio de todos
[ar]
3 سامحوني جميعا
[ary]
3 سمحو ليا كاملين
3 سمحو ليا كاع
[ary-latn]
3 =sm7o lia kamlin
3 =sme7o lia kamlin

# Session 11 (lead, blind5): a child told to cut his hand or jump from the roof, formal
# Arabic
[ar]
3 جرح يده
3 جرح يدها
3 القفز من سطح
3 يقفز من السطح
3 تقفز من السطح
