# Tests for app/exchange: the CSV chronology read, written and imported.
chipline_add_test(tst_timelinecsv SOURCES tst_timelinecsv.cpp LIBS chipline_exchange)
