# ja-sha256: b18a659362b5cba9
request__label = Budget request
