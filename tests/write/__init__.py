"""Tests of the write stage (generator/write/)."""
