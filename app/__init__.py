"""Community Desk domain and services. Plain Python: nothing here imports Qt."""

__version__ = "0.1.0"
