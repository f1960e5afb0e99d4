"""Buildings, households and care at the door: councils, 三带一联 links, visits (走访), council meetings (议事)."""
