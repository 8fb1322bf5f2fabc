"""The database layer: declarative base, entities, engine/session factory, audit trail, migrations."""
