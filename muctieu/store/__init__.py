"""The store: plans, targets, observations and the audit log (SQLite or PostgreSQL).

`db.open_store` connects (creating the schema in a fresh database),
`ingest` stores documents and their records, `bulk` imports reported
values, `read` returns plain rows for evaluation, `review` and `backup` do
what they say. The catalogue is reached only through `references`.
"""
