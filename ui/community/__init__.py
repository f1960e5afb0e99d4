"""Buildings and visits: households, the building board, visits (走访), councils and meetings (议事)."""
