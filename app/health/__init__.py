"""The health corner (医养): consent, family-doctor signing, chronic conditions, follow-up plans, readings, referrals."""
