"""The editorial organisation: roles and departments, review workflow, review dates and reminders."""
