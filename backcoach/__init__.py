"""backcoach: a home exercise-therapy coach for back pain."""

__version__ = "0.1.0"
