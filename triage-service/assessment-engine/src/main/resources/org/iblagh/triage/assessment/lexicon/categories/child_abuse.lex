[ar]
3 استغلال جنسي اطفال
3 استغلال جنسي للاطفال
3 اعتداء جنسي طفل*
3 بيدوفيل*
3 مواد اباحيه اطفال
2 هتك عرض
2 استدراج*
2 اغتصاب* طفل*
2 طلب* منها صور*
2 طلب* منه صور*
2 طلب* منها تصاور
2 طلب* منه تصاور
2 لا تخبر* احد*
[ary]
2 ماتقولي لحتى واحد
2 ماتقول لحتى واحد
2 ماتقولي لحد
2 ماتقولي لماماك
2 ماتقولي لباباك
1 تصاور ديالها
[ary-latn]
# "asked her" alone asks for anything (recharges, money); for pictures it needs them (session 11)
2 tlab mnha ~tswr
2 tlbo mnha ~tswr
2 tlab mnha ~tswir
[fr]
3 pedophil*
3 pedopornograph*
3 pedocriminel*
2 abus sexuel*
2 exploitation sexuelle
2 attouchement*
3 grooming
2 demande* des photos
2 demande* photos
2 garder le secret
2 ne dis rien
[en]
3 pedophil*
3 paedophil*
3 child sexual abuse
3 csam
3 child porn*
3 grooming
1 secret
1 for pictures
1 for photos
2 send nudes
[es]
3 pornografia infantil
3 pedofil*
2 abuso sexual
# asking a child for pictures, in any tense
[es]
2 pid* fotos
2 pedir fotos
[en]
2 asked for photos
2 asked for pictures
2 asking for photos
2 asking for pictures

# Session 9: "(asks him) to send him pictures", in Darija in both scripts
[ary]
2 يصيفط ليه تصاور*
2 تصيفط ليه تصاور*
2 تصيفط ليه التصاور*
2 يصيفط ليه التصاور*
[ary-latn]
2 ~sift liha ~tswr
2 ~sift lih ~tswr

# Session 10. Secrecy asked of the child, in every form ("must not tell us", like
# ماتقولي لحتى واحد and garder le secret)
[en]
2 not to tell
2 not tell anyone
2 must not tell
2 don t tell
2 keep it secret
2 our secret
[fr]
2 ne rien dire
2 pas le dire
2 notre secret
[es]
2 no decir nada
2 no se lo digas
2 nuestro secreto
2 es su secreto
[ar]
2 سرا بينهما
2 لا تقولي لاحد
[ary-latn]
2 =matgolich
2 =matgoli l7ta

# Session 11 (lead, blind5): abusing a child, said with the verb
[fr]
3 abuse d une petite
3 abuse d un petit
3 abuse d un enfant
3 abuse sexuellement
[en]
3 abusing a little
3 abusing a child
3 abuses a little
[es]
3 abusa de una nina
3 abusa de un nino
3 abusando de una nina
[ar]
3 يعتدي على طفله
3 يعتدي جنسيا
