"""News and press releases: news index and articles, categories, feeds, embargo."""
