"""The screens of the window; each holds layout and a few short slots that call the bridge."""
