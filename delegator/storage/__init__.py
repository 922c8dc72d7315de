"""SQLite storage through SQLAlchemy: rows, engine, migrations, repositories."""
