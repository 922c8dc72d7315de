"""Pure-Python domain: the things Delegator talks about and the rules over them.

Standard library only, so every rule is testable without Qt or a database.
"""
