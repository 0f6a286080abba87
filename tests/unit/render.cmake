# Tests of the painter, the printout and the images (app/render).
if(TARGET chipline_render)
  # The printout and its exports of one selection; fixtures come in through the CSV importer.
  chipline_add_test(tst_timelineprint SOURCES tst_timelineprint.cpp languagescope.h LIBS chipline_render chipline_exchange chipline_translations)
  # Issue 18: sparse years, citations, ligatures in the printed PDF.
  chipline_add_test(tst_timelineprintpages SOURCES tst_timelineprintpages.cpp LIBS chipline_render chipline_exchange)
  # CategoryStyle and TimelinePainter, painted onto an image (issue 16).
  chipline_add_test(tst_timelinepainter SOURCES tst_timelinepainter.cpp languagescope.h LIBS chipline_render chipline_translations)
  # TimelineImage: the SVG read back as XML and drawn beside the PNG; a sheet, no database.
  chipline_add_test(tst_timelineimage SOURCES tst_timelineimage.cpp languagescope.h LIBS chipline_render chipline_translations Qt6::Svg)
  # Stored events on the timeline: status and modality from the database to the markers
  # and the exports' words.
  chipline_add_test(tst_timelineitems SOURCES tst_timelineitems.cpp
    LIBS chipline_annotation chipline_render chipline_exchange)
endif()
