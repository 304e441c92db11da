# The reporter already paid or lost money.
[ar]
3 دفعت
3 حولت
3 ارسلت مبلغ*
3 خسرت
3 فقدت مبلغ*
3 سلمته*
3 اديت
3 سحب* من حسابي
[ary]
3 خلصت*
3 خلصتو
3 صيفطت ليه
3 داني
3 دا ليا
3 تقولبت
3 كلاو ليا
3 مشاو ليا
[ary-latn]
3 ~khlst
3 ~tglbt
3 ~klaw liya
[fr]
3 ai paye
3 ai verse
3 ai perdu
3 ai envoye
3 ai vire
3 ai transfere
3 ai donne
3 avons paye
3 avons perdu
3 soutir*
3 debite*
[en]
3 paid
# "lost" alone is also a lost receipt, a lost match, a lost signal (session 11)
3 lost <amount>
3 lost my money
3 lost the money
3 lost all my
3 lost everything
3 lost my savings
3 transferred
3 invested
3 wired
3 was charged
[es]
3 pague
3 perdi
3 transferi
3 he pagado
# money taken from an account, or paid by someone close to the reporter
[ar]
3 سحبوا
3 تم سحب
3 اقتطاع*
[ary]
3 خوا* ليا
3 سرقو ليا
[ary-latn]
3 ~khwa liya
[fr]
3 a paye
3 a investi
3 ai investi
3 a perdu
3 a vire
3 preleve*
[en]
3 emptied
3 took my money
3 stole my money
[es]
3 vaciado
3 vaciaron
3 me robaron
3 pagamos
3 invirtio
3 inverti
[ary-latn]
3 ~sift lih
3 ~sft lih

# Session 9: "I sent", "I put in" (sifft, 7tit), invested, deducted from the account
[ary-latn]
3 =sifft
3 =siftt
3 =sefft
3 =7tit
3 =hatit
3 ~tgt3 lia
[ary]
3 تسحبو ليا
3 تقطعو ليا
3 حطيت*
[ar]
3 استثمرت
3 تبرعت
[fr]
3 vide mon compte
3 ai envoye
[en]
# "I sent" alone is also a report, a message, a photo sent (session 11): money needs its object
3 i sent the money
3 i sent it
3 we sent it
3 i sent money
3 i sent him money
3 i sent her money
3 we sent the money
3 we sent money
3 she paid
3 he paid
[es]
3 me cargaron
3 deposite

[en]
3 out of my bank account
3 out of my account
[es]
3 sacaron de mi cuenta

# Session 10. A sum sent or handed over (700 euros, 40 000 dh, 15000dh), and money gone
# from the account, in every form
[fr]
3 envoye <amount>
3 verse <amount>
3 vire <amount>
3 transfere <amount>
3 sont partis
[en]
3 sent <amount>
3 sent him <amount>
3 sent her <amount>
3 sent them <amount>
3 are gone
3 were gone
[es]
3 mande <amount>
3 envie <amount>
3 le di <amount>
3 desaparecieron de mi cuenta
[ar]
3 ارسلت له <amount>
3 ارسلت لها <amount>
3 اعطيته <amount>
[ary]
3 صيفطت ليها
3 عطيتو <amount>
3 عطيتها <amount>
[ary-latn]
3 =3titou <amount>
3 =3tito <amount>
3 =3titha <amount>
