"""The public digitalisation report: facts per service, the dashboard page, monthly snapshots, open data."""
