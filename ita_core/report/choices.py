"""What a report can be asked for (rounds, formats, what its footers count): the names only, so that the
command line can offer them without loading what makes a report."""

ROUNDS = ("q1", "q2", "q3", "q4", "h1", "h2")
COUNT_ROWS, COUNT_GUIDELINES = "rows", "guidelines"  # what the footers count
FORMATS = ("docx", "xlsx", "pdf")
