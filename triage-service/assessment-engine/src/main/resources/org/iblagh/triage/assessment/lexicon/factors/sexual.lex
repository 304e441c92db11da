# Sexual or nude content (used for the child-abuse precedence only).
[ar]
3 جنسي*
3 عاري*
3 اباحي*
3 اغتصاب*
3 مخل* بالحياء
3 عري
3 صور* حميم*
[ary]
3 عريان*
[ary-latn]
3 ~3ryn
# jinsi and the French jeunes share a skeleton: spellings as written
3 =jins*
3 =jens*
3 =ljins*
[fr]
3 sexuel*
3 sexuelle*
3 nu
3 nue
3 nus
3 nues
3 denude*
3 intime*
3 porno*
3 pedopornograph*
3 sous vetements
3 viol
3 violee
[en]
3 sexual*
3 nude*
3 naked
3 intimate
3 porn*
3 explicit
3 underwear
3 rape*
3 sexting
3 sex
[es]
3 sexual*
3 desnud*
3 intim*
3 porno*
# without clothes
[ar]
3 بدون ملابس
3 بلا ملابس
[ary]
3 بلا حوايج
[fr]
3 sans vetements
3 sans habits
[en]
3 without clothes
3 no clothes
[es]
3 sin ropa

# Session 9: without clothes and indecent pictures, in Darija in both scripts
[ary-latn]
3 bla ~hwyj
3 bla =7wayj
3 ~tswr ~khyb
[ary]
3 تصاور خايب*

# pictures of a child's body, or in nightwear or underwear, asked by an adult (session 11)
[en]
3 pyjama*
3 pajama*
3 of their bodies
3 of her body
3 of his body
[fr]
3 pyjama*
3 en culotte
3 en maillot
3 de son corps
3 de leur corps
[es]
3 pijama*
3 ropa interior
3 de su cuerpo
[ar]
3 ملابس النوم
3 صور* اجساد*
3 صور* جسد*
[ary]
3 حوايج ديال النعاس
3 حوايج النعاس
[ary-latn]
3 7wayj d n3as
3 7wayj dyal n3as

# Session 11 (lead, third blind set): filmed undressed in a hammam or a shower
[ary-latn]
2 =f l7mmam
2 =fl7mmam
2 =f l7ammam
[ary]
2 فالحمام
[fr]
2 au hammam
2 sous la douche
[en]
2 in the hammam
2 in the shower
[es]
2 en la ducha
