# Tests of the timeline layout engine (app/timeline); its painting and printing are in render.cmake.
chipline_add_test(tst_timelinelayout SOURCES tst_timelinelayout.cpp languagescope.h LIBS chipline_timeline chipline_translations)
# A zoom gesture's frame: the last layout stretched, without laying it out again.
chipline_add_test(tst_zoomstretch SOURCES tst_zoomstretch.cpp LIBS chipline_timeline)
