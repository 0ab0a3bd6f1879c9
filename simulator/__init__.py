"""Customer-experience role-play trainer: scenarios, engine, store, records, speech and the window."""
