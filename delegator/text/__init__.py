"""The language and words of the app: the UI language and its catalogue, numbers and
dates in the user's locale, and what errors, findings and briefs say."""
