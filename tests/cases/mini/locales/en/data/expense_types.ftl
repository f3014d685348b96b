# ja-sha256: 7e75456594ba0cf0
amed__label = AMED-covered expenses

# ja-sha256: 7d882e5071dc7fe4
inhouse__label = In-house research institution expenses
