"""The resident registry shared by every counter (一人一档)."""
