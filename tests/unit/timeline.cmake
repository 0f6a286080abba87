# Tests of the timeline layout engine (app/timeline); its painting and printing are in render.cmake.
chipline_add_test(tst_timelinelayout SOURCES tst_timelinelayout.cpp languagescope.h LIBS chipline_timeline chipline_translations)
