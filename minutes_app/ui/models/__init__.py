"""Qt item models over service snapshots (no database access here)."""
