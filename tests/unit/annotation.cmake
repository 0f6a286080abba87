# The annotation service layer: word snapping, the entity directory, finding occurrences,
# planning and applying edits with undo (AnnotationService, AnnotationStore), merge, and
# the timeline edits (TimelineService, EventEditor::apply).
chipline_add_test(tst_annotationsnapper SOURCES tst_annotationsnapper.cpp LIBS chipline_annotation)
chipline_add_test(tst_annotationdirectory SOURCES tst_annotationdirectory.cpp annotationfixture.h
  LIBS chipline_annotation chipline_analysis)
chipline_add_test(tst_annotationservice SOURCES tst_annotationservice.cpp annotationfixture.h
  LIBS chipline_annotation chipline_analysis)
chipline_add_test(tst_annotationlanes SOURCES tst_annotationlanes.cpp annotationfixture.h
  LIBS chipline_annotation chipline_analysis)
chipline_add_test(tst_namereview SOURCES tst_namereview.cpp annotationfixture.h
  LIBS chipline_annotation chipline_analysis)
chipline_add_test(tst_timelineservice SOURCES tst_timelineservice.cpp annotationfixture.h
  LIBS chipline_annotation chipline_analysis)
