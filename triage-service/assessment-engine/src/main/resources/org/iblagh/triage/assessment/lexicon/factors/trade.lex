# Someone sells or delivers (category only): a street name that is also an everyday word
# ("hash" of a file, "chocolat", "shit") names a drug, or a drink, when it is being sold,
# priced or delivered. Weight is not used; any entry is enough (CategoryClassifier).
[ar]
3 يبيع*
3 تبيع*
3 يبيعون
3 بيع
3 توصيل
3 يوصل*
3 اسعار
3 الاسعار
[ary]
3 كيبيع*
3 كتبيع*
3 كيبيعو
3 كيوصل*
3 كتوصل*
3 ليفريزون
3 الثمن
[ary-latn]
3 =kaybi3
3 =kaybe3
3 =kaybi3o
3 =katbi3
3 =kaybi3ou
3 =kaywssl
3 =kaywsl
3 =kaywsslo
3 livraison
3 =bi3
[fr]
3 vend
3 vendent
3 vendre
3 vente
3 livraison
3 livre a domicile
3 livre en
3 prix
3 tarif*
[en]
3 sell
3 sells
3 selling
3 sold
3 deliver*
3 prices
3 price list
3 menu
[es]
3 vende
3 venden
3 vender
3 venta
3 entrega*
3 precio*
3 a domicilio
