[ar]
3 خمر*
3 خمور
3 كحول*
3 مشروبات كحوليه
3 نبيذ
3 بيره
2 جعه
3 ويسكي
3 فودكا
3 ماحيا
2 مسكر*
2 الروج
[ary]
2 الشراب
1 قرعه
1 القرعه
2 السكايري
[ary-latn]
3 lbira
3 bira
3 ~chrb
3 ~mhy
3 ~wsk
2 ~vdk
[fr]
3 alcool*
3 alcoolise*
3 biere*
2 vin
2 vins
3 whisky
3 vodka
3 mahia
3 spiritueux
1 bouteilles
3 rhum
2 champagne
3 pastis
[en]
3 alcohol*
3 beer*
3 vodka
3 whisky
3 whiskey
2 wine*
3 liquor
3 booze
2 spirits
[es]
3 alcohol
3 cerveza*
2 vino*
3 whisky
3 vodka
3 bebidas alcoholicas
3 licor*
# spirits by name
[fr]
3 gin
3 tequila
[en]
3 rum
3 gin
3 tequila
1 bottles
[es]
2 ron
2 ginebra
3 tequila
1 botellas

# Session 10. Sold without a licence, in every form (any unlicensed trade: weighs 1)
[ar]
1 بدون ترخيص
1 بدون رخصه
[ary]
1 بلا رخصه
[ary-latn]
1 bla ~rkhs
[fr]
1 sans licence
[en]
1 no licence
1 without a licence
1 without a license
1 no license
[es]
1 sin licencia
