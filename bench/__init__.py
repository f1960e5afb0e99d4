"""Community Desk benchmark: `python -m bench` (see --help). Not part of the pytest run."""
