"""Tests of the render stage (generator/render/)."""
