"""Translation freshness: which English versions are out of date, the translators' dashboard, the visitors' note."""
