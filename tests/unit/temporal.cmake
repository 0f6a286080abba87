# Tests for app/temporal: date expressions and their resolution.
chipline_add_test(tst_dateextractor SOURCES tst_dateextractor.cpp LIBS chipline_temporal)
chipline_add_test(tst_resolveddate SOURCES tst_resolveddate.cpp LIBS chipline_temporal)
# KoreanDateScanner, EnglishDateScanner; DateResolver and ResolvedDate::fromValue (issue 16).
chipline_add_test(tst_datescanners SOURCES tst_datescanners.cpp LIBS chipline_temporal)
chipline_add_test(tst_dateresolver SOURCES tst_dateresolver.cpp LIBS chipline_temporal)
