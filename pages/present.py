"""โหมดนำเสนอ (/present): full-screen slides for a meeting room; ``?interval=15`` sets the seconds per slide."""

from ita_ui import present

present.run()
