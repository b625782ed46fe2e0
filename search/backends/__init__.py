"""Search backends configured in cms/settings/base.py (search block)."""
