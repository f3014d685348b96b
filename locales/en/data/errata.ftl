e01__reason = During extraction from the PDF, the Greek letter alpha had been replaced with math notation.

e02__reason = A character was missing from the katakana loanword (radiotheranostics).

e03__reason = The word "gennin" (on-the-spot confirmation) does not fit the context and is probably a slip for "gen-in" (cause); the Japanese has not been corrected because the original could not be checked, but the English translates it in the sense of "cause".

e04__reason = The katakana loanword was garbled (reverse translational research).

e05__reason = The kanji "kaku" (as in "kankakuki", sensory organs) had been rendered in its Simplified Chinese form.

e06__reason = The kanji "kaku" (as in "kankakuki", sensory organs) had been rendered in its Simplified Chinese form.

e07__reason = The description in the same box refers to each of the National Centers (NCs), so "NCI" is an error.

e08__reason = The description in the same box refers to each of the National Centers (NCs), so "NCI" is an error.

e09__reason = The official program name used by AMED uses the corrected spelling of "sosei" (creation), which is written with different kanji from those printed in the document.

e10__reason = The official program name used by AMED uses the corrected spelling of "sosei" (creation), which is written with different kanji from those printed in the document.

e11__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.

e12__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.

e13__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.

e14__reason = During extraction from the PDF, two bullet points had been joined into a single line. They were split into two records (pj5-biobank-1 and pj5-biobank-2).
