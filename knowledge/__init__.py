"""Provision and procedure documents, and retrieval of their sections with citations."""
from .documents import Document, Section
from .retrieval import Hit, KnowledgeBase, render_html

__all__ = ["Document", "Hit", "KnowledgeBase", "Section", "render_html"]
