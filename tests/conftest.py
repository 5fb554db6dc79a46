import os

# Qt must never need a real screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
