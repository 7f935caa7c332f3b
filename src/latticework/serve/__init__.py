"""The explorer (work in progress): a read-only JSON API over the knowledge base."""

from .api import create_app

__all__ = ["create_app"]
