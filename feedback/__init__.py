"""'Was this page helpful?' on services and Lebenslagen: votes, comments, reports, review tasks, purge."""
