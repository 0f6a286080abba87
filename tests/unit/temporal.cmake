# Tests for app/temporal (dates) and app/timeline (events).
chipline_add_test(tst_dateextractor SOURCES tst_dateextractor.cpp LIBS chipline_temporal)
chipline_add_test(tst_resolveddate SOURCES tst_resolveddate.cpp LIBS chipline_temporal)
if(TARGET chipline_timeline)
  chipline_add_test(tst_sentencesplitter SOURCES tst_sentencesplitter.cpp LIBS chipline_timeline)
  chipline_add_test(tst_eventclassifier SOURCES tst_eventclassifier.cpp LIBS chipline_timeline)
  chipline_add_test(tst_eventextractor SOURCES tst_eventextractor.cpp LIBS chipline_timeline)
endif()
# KoreanDateScanner, EnglishDateScanner; DateResolver and ResolvedDate::fromValue (issue 16).
chipline_add_test(tst_datescanners SOURCES tst_datescanners.cpp LIBS chipline_temporal)
chipline_add_test(tst_dateresolver SOURCES tst_dateresolver.cpp LIBS chipline_temporal)
