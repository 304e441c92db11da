# A press article or a documentary tells of the crime. Category only: the threat and
# attack words are what the story relates. "News" alone is not here: a news page's
# comments can be hate speech, and victims start with "I saw on the news… it happened to
# me too". A medium alone never makes terrorism or violent content a story (see
# handled.lex): an "article" can be the apology itself.
[ar]
3 جريده
3 صحيفه
3 مقال
3 وثائقي
[ary]
3 الجريده
3 فالجريده
[ary-latn]
3 =jarida
3 =ljarida
[fr]
3 un article
3 l article
3 cet article
3 article de presse
3 le journal
3 documentaire
3 reportage
[en]
3 an article
3 the article
3 newspaper
3 news article
3 documentary
[es]
3 un articulo
3 el articulo
3 periodico
3 documental
3 reportaje
