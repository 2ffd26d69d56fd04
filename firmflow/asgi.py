"""The ASGI entry point for uvicorn (`firmflow.asgi:app`), settings from the environment."""

from firmflow.app import create_app

app = create_app()
