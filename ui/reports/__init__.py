"""The statistics page (统计) and each counter's figures section."""
