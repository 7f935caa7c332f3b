"""latticework: Chinese IR literature -> evidence-linked, temporal knowledge base."""

__version__ = "0.1.0"
