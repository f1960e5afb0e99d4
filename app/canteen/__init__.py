"""The elderly canteen (老年食堂): subsidised meal tickets, meal cards, day close."""
