"""Files made from a plan: the report form in Word, Excel and PDF, exports, chart images."""
