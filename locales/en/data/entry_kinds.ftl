programme__label = Program

related-programme__label = Related program

organisation__label = Organization or center

support__label = Support system

note__label = Note
