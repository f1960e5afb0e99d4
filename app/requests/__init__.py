"""The requests counter: intake, the dispatch workflow, deadlines, the service-station tally, reports."""
