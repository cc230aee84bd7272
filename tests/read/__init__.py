"""Tests of the read stage (generator/read/)."""
