"""The review report: one self-contained page to check records against their sources."""
