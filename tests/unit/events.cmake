# Tests for app/events: sentences, trigger classification, event extraction from text.
chipline_add_test(tst_sentencesplitter SOURCES tst_sentencesplitter.cpp LIBS chipline_events)
chipline_add_test(tst_eventclassifier SOURCES tst_eventclassifier.cpp LIBS chipline_events)
chipline_add_test(tst_eventextractor SOURCES tst_eventextractor.cpp LIBS chipline_events)
