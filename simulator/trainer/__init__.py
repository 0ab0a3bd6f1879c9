"""The trainer's side: password and lockout (``auth``), and the facade behind the trainer window (``service``)."""
