"""Everything Qt. Depends on `app` (services) and never the other way round."""
