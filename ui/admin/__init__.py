"""Administration: staff accounts, the audit trail, and the center's settings (admins only)."""
