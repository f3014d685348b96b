request__label = Budget request
