

corrected__label = Corrected

suspected__label = Suspected (not corrected)
