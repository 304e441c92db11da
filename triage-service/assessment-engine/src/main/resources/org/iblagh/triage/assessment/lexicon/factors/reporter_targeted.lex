# The reporter or their family is the one threatened (category only). A press story
# relates someone else's threat; a reporter who also writes "he will kill me" is
# reporting a threat, whatever article they mention.
[ar]
3 يهددني
3 هددني
3 يهددنا
3 قتلني
3 ذبحني
3 حياتي في خطر
[ary]
3 كيهددني
3 هددني
3 غادي يقتلني
3 خايف* على راسي
[ary-latn]
3 ~hddn
3 ~gtln
3 ~ktln
[fr]
3 me menace
3 m a menace
3 me tuer
3 nous tuer
3 ma vie
[en]
3 threatens me
3 threatened me
3 threatening me
3 kill me
3 kill us
3 my life
[es]
3 me amenaza
3 me amenazo
3 matarme
3 me va a matar
3 mi vida
