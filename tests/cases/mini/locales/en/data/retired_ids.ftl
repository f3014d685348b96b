# English of data/retired_ids.csv: one message `<id>__reason` per retired identifier.

# ja-sha256: a2522f5ac29560b1
pj4-emerging-infection-base-2__reason = No longer listed in the revised budget request document.
