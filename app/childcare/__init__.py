"""The childcare counter: programs, children and their contacts, sign-in / sign-out with pickup checks."""
