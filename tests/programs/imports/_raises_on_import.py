print("_raises_on_import runs")
raise ValueError("failed while importing")
