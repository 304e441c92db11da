[ar]
2 تهديد*
2 هدد*
3 تحرش*
2 مضايق*
1 ازعاج*
1 مزعج*
2 السب
2 سبني
2 القذف
2 شتم*
2 اهان*
3 تنمر*
2 توعد*
2 انتقام
2 مطارد*
1 ملاحق*
3 رسائل تهديد*
3 تهديد* بالقتل
[ary]
2 تبعني
2 كلام خايب
1 قلقني
1 نمره جديده
[ary-latn]
2 ~sbn
2 ~hdn
3 ~thrc
2 klam khayb
2 ~hgr
2 ~tb3n
[fr]
3 harcel*
2 menace*
3 menaces de mort
2 insult*
2 injure*
2 intimid*
2 traque*
3 cyberharcelement
1 moque*
2 diffamation
[en]
3 harass*
2 threat*
3 bully*
3 bullied
2 insult*
3 stalk*
2 intimidat*
3 death threat*
2 abusive messages
1 mock*
2 hurt my
3 knows where i live
[es]
3 acos*
2 amenaza*
2 insult*
3 amenazas de muerte
3 ciberacoso
3 hostig*
# threats to kill the reporter or someone close: threats, whatever the weapon
[ar]
3 قتلني
3 قتلك
3 قتلوك
3 ذبحك
3 ذبحني
[ary-latn]
3 ~dbhn
3 ~dbhk
3 ~gtln
3 ~gtlk
3 ~ktln
3 ~ktlk
[fr]
3 me tuer
3 te tuer
[en]
3 kill me
3 kill you
3 shoot me
[es]
3 matarme
3 matarte
