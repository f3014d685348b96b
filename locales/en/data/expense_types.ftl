amed__label = AMED-covered expenses

inhouse__label = In-house research institution expenses
