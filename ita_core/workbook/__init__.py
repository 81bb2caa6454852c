"""Reading and writing plan workbooks: the contract, bounded reading, checks, the template."""
