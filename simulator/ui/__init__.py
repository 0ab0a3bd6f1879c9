"""The trainee's window (PySide6). The only package allowed to import Qt."""
