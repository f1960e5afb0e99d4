"""Staff accounts: password hashing and the account records. Login, lockout and roles UI: issue 7."""
