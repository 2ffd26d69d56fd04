"""Events: storing them with the change, publishing after commit, streaming by role."""
