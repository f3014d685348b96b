# English of data/retired_ids.csv: one message `<id>__reason` per retired identifier.
