"""Where published plans live: the database, snapshots, accounts, sessions and drafts."""
