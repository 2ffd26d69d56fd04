"""The domain logic of firmflow, one module per area, free of GraphQL types.

Functions take keyword arguments (`viewer=...`) and return models or plain data, so the rules
can be called from the API, the command line, the scheduler and tests alike.
"""
