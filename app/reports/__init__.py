"""The month at a glance (figures for the statistics page) and the district report pack (街道月报)."""
