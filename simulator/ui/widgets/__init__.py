"""Small reusable widgets: the persona's face, the mood gauge, the score chart, reply buttons."""
