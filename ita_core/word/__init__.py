"""Reading a plan from its Word document (``python -m ita_core from-word``)."""
