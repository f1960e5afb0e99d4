"""The city book room (城市书房): catalogue, readers, lending at the desk, holds, reminders, the district link."""
