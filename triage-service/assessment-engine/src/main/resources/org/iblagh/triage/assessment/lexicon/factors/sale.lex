# The reporter offers something for sale. Category only: a knife to collect in front of
# the seller's house tonight is an advert, not someone armed at the door. Third persons
# ("il vend", "kaybi3") are what reports of drug or weapon sellers say, so only the
# first person and the advert forms are here.
[ar]
3 للبيع
3 ابيع
[ary]
3 كنبيع
3 نبيع
[ary-latn]
3 =kanbi3
3 =kanbe3
3 =nbi3
3 =lilbay3
[fr]
3 je vends
3 je vend
3 a vendre
[en]
3 for sale
3 i m selling
3 i am selling
3 selling my
[es]
3 vendo
3 se vende
3 en venta
