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

# the reporter recognises their own case in an article ("it's what's happening to me"),
# or is the object of the harm (session 11)
[en]
3 happening to me
3 happened to me
3 what i m going through
3 will hurt me
3 to hurt me
3 gonna hurt me
3 beat me
[fr]
3 ce que je vis
3 ce qui m arrive
3 m est arrive
3 me frapper
3 me casser
[es]
3 lo que me pasa
3 me esta pasando
3 lo que me paso
3 pegarme
[ar]
3 يحدث لي
3 حدث لي
3 يضربني
3 يقتلني
[ary]
3 واقع ليا
3 وقع ليا
3 كيوقع ليا
3 يضربني
3 نقتلك
[ary-latn]
3 ~gtlk
3 ~ktlk
3 ~drbn
[en]
3 break my
[es]
3 romperme
