"""firmflow wiring: settings, the ASGI app, auth context and the command line."""
