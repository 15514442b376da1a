"""The backcoach web app: Django, server-rendered, calling backcoach.core for every clinical
decision."""
