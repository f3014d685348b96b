# ja-sha256: aa02153d608a03ba
pj1-b1__label = Budget request: JPY 500 million

# ja-sha256: 49d1354adf27238b
pj1-b1__note = It is not assigned to any program because the document does not make clear which program it belongs to.

# ja-sha256: 49e8c4dd22585080
pj4-b1__label = Budget request: JPY 2.3 billion

# ja-sha256: 4a63b9b995203c87
pj4-b2__label = Budget request: JPY 1.2 billion

# ja-sha256: 7a7e3db45bf53f0d
pj4-b2__note = Only one amount is given, as the total for two programs.

# status: machine
# ja-sha256: 0126b27fb734eeb9
pj4-b3__label = In-house research institution expenses, budget request: JPY 600 million
