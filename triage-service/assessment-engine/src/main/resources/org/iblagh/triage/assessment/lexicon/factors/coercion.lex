# A demand or a threat that makes someone pay or obey: blackmail, "or else", "unless",
# "if you don't", a sum demanded. Separates sextortion from the mere publication of
# intimate images (category only, never weighs on priority).
[ar]
3 ابتزاز*
3 ابتز*
3 بتز*
3 يهدد*
3 هدد*
3 تهديد*
3 اذا لم
3 ان لم
3 والا
3 مقابل عدم
3 يطلب* مبلغ*
3 يطالب*
3 طالب*
[ary]
3 كيبتز*
3 كيهدد*
3 تهدد*
3 ايلا ما
3 الا ما
3 ولا غادي
3 كيطلب*
3 طلب* مني
3 باش ما
[ary-latn]
3 ~btz
3 ~hdd
3 ila ma
3 ilama
3 ola ghadi
3 wla ghadi
3 ~tlb
3 ~tlbt
3 =bach ma
[fr]
3 chantage*
3 faire chanter
3 fait chanter
3 menace*
3 sinon
3 exige*
3 demande*
3 reclame*
3 si je ne
3 si tu ne
3 pour ne pas
3 contre de l argent
[en]
3 blackmail*
3 threat*
3 unless
3 or else
3 or he will
3 or she will
3 or they will
3 if i don
3 if i do not
3 demand*
3 wants money
3 asks for money
3 asked for money
3 not to post
[es]
3 chantaje*
3 amenaz*
3 si no
3 o las publica*
3 o lo publica*
3 exige*
3 pide*
3 piden
3 para no
# the conditional with the negation written onto the verb (ila makhlsthach,
# ايلا ماصيفطتيش), a French verb in Darija (kat-menacini), and exposure announced
[ary]
3 ايلا ما*
3 الا ما*
3 اذا ما*
3 غادي ينشر*
3 غادي يفضح*
3 غادي تنشر*
3 غادي تفضح*
3 غادي يصيفط*
3 غادي تصيفط*
[ary-latn]
3 ila ma*

3 menac*
3 ghadi ~nchr
3 ghadi ~fdh
[fr]
3 va publier
3 va diffuser
3 va les publier
3 va les envoyer
[en]
3 will post
3 will leak
3 will send them
3 will send it
[es]
3 va a publicar
3 va a difundir
3 las publica

# Session 10. The Spanish publishing verbs in the future or the conditional
[es]
3 va a subir
3 van a subir
3 subira
3 las sube
3 lo sube
3 va a colgar
3 van a colgar
3 las cuelga
3 lo cuelga

# Session 11 (lead, second blind set): a sum asked "before Friday or they send it", "pay
# me or I post them", in every form
[en]
3 or they send
3 or he sends
3 or she sends
3 or they ll send
[fr]
3 sinon ils envoient
3 sinon il envoie
3 sinon elle envoie
[es]
3 o lo envian
3 o los envian
3 o la envian
[ary]
3 ولا نحطهم
3 ولا نشرهم
3 ولا نصيفطهم
3 خلصني ولا
[ary-latn]
3 =wla n7ethom
3 =wla nchrhom
3 =khlesni wla
