new__label = New

expanded__label = Expanded

new-expanded__label = New and expanded

none__label = No tag
