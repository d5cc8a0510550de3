"""Web security: sessions and tokens → the current actor, CSRF, log-in, headers, uploads.

`install(app, engine, settings)` adds the middleware and the log-in routes
to any FastAPI application (the API app here, `create_app` at merge).
"""
