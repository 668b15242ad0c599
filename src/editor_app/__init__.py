"""Editorial workstation for journal editors."""

# Kept equal to pyproject.toml's version by a test (importlib.metadata costs
# ~45 ms at every start of the window).
__version__ = "0.1.0"
