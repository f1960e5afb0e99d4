"""The volunteers counter: volunteers, shifts and the week roster, sign-ups, the hours ledger, certificates."""
