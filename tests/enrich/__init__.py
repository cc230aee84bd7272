"""Tests of the enrich stage (generator/enrich/)."""
