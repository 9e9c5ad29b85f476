"""The web page (`regionflux ui`): ``state`` holds the pure layout <-> page conversions, ``app`` the
Gradio page. Needs the ``ui`` extra; nothing here is imported by the rest of the package."""
