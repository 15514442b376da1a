"""Benchmarks that print numbers; never part of the test run."""
