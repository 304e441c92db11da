# Threats to kill and attacks announced against people. Verb forms are written without
# their prefixes: the tokenizer strips ي/ن/ت/س/كي/غا, so قتلني matches يقتلني, سيقتلني, غايقتلني.
[ar]
3 تهديد* قتل
3 تهديد* بالقتل
3 قتلني
3 قتلك
3 قتلكم
3 قتلوك
3 قتلوني
3 قتله
3 قتلها
3 اقتلك
3 اقتلكم
3 ذبحك
3 ذبحني
3 ذبحوك
3 تصفيه جسديه
3 هاجم* عليهم
[ary]
3 نقتلك
3 قتلو
3 نذبحك
3 نطيرلك راسك
3 نصفيك
3 نجيو عندك ونقتلوك
[ary-latn]
3 ~gtln
3 ~gtlk
3 ~ktln
3 ~ktlk
3 ~dbhn
3 ~dbhk
3 ~dbhom
[fr]
3 menace* de mort
3 me tuer
3 te tuer
3 la tuer
3 le tuer
3 nous tuer
3 vous tuer
3 les tuer
3 egorger
3 t egorger
3 les attaquer
3 tirer sur
3 abattre
[en]
3 kill me
3 kill you
3 kill her
3 kill him
3 kill us
3 kill them
3 shoot me
3 shoot you
3 shoot her
3 stab me
3 stab you
3 death threat*
3 threaten* to kill
3 slit your throat
3 behead you
3 attack them
3 murder me
[es]
3 matarme
3 matarte
3 matarla
3 matarlo
3 te voy a matar
3 amenaza* de muerte
