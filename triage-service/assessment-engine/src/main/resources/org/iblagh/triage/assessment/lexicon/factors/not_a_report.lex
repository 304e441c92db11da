# The reporter says there is nothing to report: a false alarm, a question, a report
# withdrawn. Category only: the crime words then describe something else (unless someone
# is in danger or lost money). Mentions of the news are not here: victims often start
# with what they saw on the news before saying it happened to them too.
[ar]
3 ليس لدي بلاغ
3 ليس لدي ما ابلغ
3 لا اريد التبليغ
3 انذار كاذب
3 ليس لدي شكايه
[ary]
3 ما عندي حتى بلاغ
3 ماعندي حتى بلاغ
3 ماشي بلاغ
3 ما بغيتش نبلغ
3 غير سؤال
[ary-latn]
3 =ma 3ndi 7ta bla8
3 =machi bla8
3 =ghir so2al
[fr]
3 fausse alerte
3 rien a signaler
3 je ne signale rien
3 il n y a pas eu de fraude
3 classer mon signalement
3 retirer mon signalement
3 annuler mon signalement
[en]
3 false alarm
3 nothing to report
3 not reporting anything
3 i m not reporting
3 i am not reporting
[es]
3 falsa alarma
3 nada que denunciar
3 no tengo nada que
3 no quiero denunciar
