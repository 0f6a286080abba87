# Tests of the timeline layout engine (app/timeline) and its printing (app/print).
if(TARGET chipline_print)
  chipline_add_test(tst_timelinelayout SOURCES tst_timelinelayout.cpp languagescope.h LIBS chipline_timeline chipline_translations)
  # A zoom gesture's frame: the last layout stretched, without laying it out again.
  chipline_add_test(tst_zoomstretch SOURCES tst_zoomstretch.cpp LIBS chipline_timeline)
  # The printout and its exports of one selection; fixtures come in through the CSV importer.
  chipline_add_test(tst_timelineprint SOURCES tst_timelineprint.cpp languagescope.h LIBS chipline_print chipline_exchange chipline_translations)
  # Issue 18: sparse years, citations, ligatures in the printed PDF.
  chipline_add_test(tst_timelineprintpages SOURCES tst_timelineprintpages.cpp LIBS chipline_print chipline_exchange)
  # CategoryStyle and TimelinePainter, painted onto an image (issue 16).
  chipline_add_test(tst_timelinepainter SOURCES tst_timelinepainter.cpp languagescope.h LIBS chipline_print chipline_translations)
endif()
