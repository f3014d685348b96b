# ja-sha256: 2c161e9cdea0df98
pj4-f1__label = Collaboration and cooperation
