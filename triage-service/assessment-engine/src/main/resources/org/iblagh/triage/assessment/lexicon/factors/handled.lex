# The police or the courts have already dealt with it: a network dismantled, a trial, a
# sentence. With these a story of terrorism or violence is news, not content to report.
[ar]
3 المحكمه
3 محاكمه
3 حكمت عليه
3 تفكيك خليه
3 تفكيك شبكه
[ary]
3 شدو خليه
3 شد خليه
[ary-latn]
3 =lma7kama
3 =m7akma
[fr]
3 le proces
3 au tribunal
3 le tribunal
3 condamne a
3 demantele
3 demantelement
[en]
3 the trial
3 in court
3 the court
3 sentenced
3 dismantled
[es]
3 el juicio
3 tribunal
3 condenado a
3 desarticul*
3 desmantel*

# the verb as well as the noun: "the police dismantled a cell" (session 11)
[ar]
3 فكك*
[ary]
3 فككو

# Session 11 (lead): an arrest is the police dealing with it
[fr]
3 arrestation
3 arrete par la police
[en]
3 was arrested
3 got arrested
3 arrest of
[es]
3 detenido por la policia
3 detencion de
[ar]
3 اعتقال
3 القبض على
[ary]
3 شدو ليه
3 شداتو البوليس
[ary-latn]
3 =ch9at 3lih
3 =ch9ato
3 =chdoh lboulis

# Session 11 (lead, blind5): a gang caught, in Darija
[ary]
3 شدو العصابه
3 طاحت العصابه
[ary-latn]
3 =chdo l3issaba
