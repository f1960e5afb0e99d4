"""The city book room (城市书房) tab."""
