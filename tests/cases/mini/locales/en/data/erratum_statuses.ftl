# ja-sha256: c286bf05a219e965
corrected__label = Corrected

# ja-sha256: 100903e3d9360efa
suspected__label = Suspected (not corrected)
