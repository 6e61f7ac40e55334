"""Search: the only package that will import whoosh (see the search issue).

For now it holds the outbox: every change to an instrument writes a row here in the same
transaction, so an index built later can catch up on exactly what changed.
"""
