# It is happening now: a live stream, or "at this very moment" (category only, session 11,
# third blind set). With violence or a weapon it is a danger to life now
# (TextAnalysis.violenceLive); alone it dates nothing.
[en]
3 live on
3 streaming live
3 live stream*
3 livestream*
3 as we speak
3 right now
[fr]
3 en direct
3 live sur
3 en ce moment meme
3 en ce moment
[es]
3 en directo
3 directo en
3 en este momento
3 ahora mismo
[ar]
3 بث مباشر
3 في بث
3 في هذه اللحظه
[ary]
3 دار لايف
3 داير لايف
3 فلايف
3 لايف فيه
[ary-latn]
3 =dayr live
3 =dar live
3 =dayra live
3 =f live
3 =fl live
