# GUI-layer tests, run offscreen. The article list tests compile the model alone against
# storage so that they need neither the importer nor the rest of the UI: the model's
# invariants and display, its sort orders and paging, and its searches.
foreach(test IN ITEMS tst_articlelistmodel tst_articlelistsort tst_articlelistsearch)
  chipline_add_test(${test}
    SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/${test}.cpp ${PROJECT_SOURCE_DIR}/tests/unit/articlelistfixture.h
            ${PROJECT_SOURCE_DIR}/ui/articlelistmodel.cpp ${PROJECT_SOURCE_DIR}/ui/articlelistmodel.h
    LIBS chipline_storage Qt6::Gui)
  target_include_directories(${test} PRIVATE ${PROJECT_SOURCE_DIR})
endforeach()

# Drives the real MainWindow: import, list, keyboard selection, reader, cancel.
chipline_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS chipline_ui)

# The list of a large database (50,100 articles): a common word searched without counting
# every match, a rare one counted.
chipline_add_test(tst_largelist SOURCES tst_largelist.cpp LIBS chipline_ui)

# The analyst's workbench: annotate, undo/redo, reject, apply to all, merge, filter by entity.
chipline_add_test(tst_workbench SOURCES tst_workbench.cpp dayonefixture.h workbenchfixture.h LIBS chipline_ui)
# The reader on a long article: offsets, lazy layout, find, zoom, legend, reloads.
chipline_add_test(tst_longarticle SOURCES tst_longarticle.cpp dayonefixture.h workbenchfixture.h LIBS chipline_ui)

# The timeline dock: select, confirm, undo through Edit > Undo, zoom, filters, evidence, lanes.
chipline_add_test(tst_timelinedock SOURCES tst_timelinedock.cpp LIBS chipline_ui)

# The event edit dialog: all five precisions, the date cut or opened up, OK only when valid.
chipline_add_test(tst_eventeditdialog SOURCES tst_eventeditdialog.cpp LIBS chipline_ui)

# The New names table alone, checked by QAbstractItemModelTester as it pages, sorts and filters.
chipline_add_test(tst_newnamesmodel
  SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/tst_newnamesmodel.cpp ${PROJECT_SOURCE_DIR}/ui/newnamesmodel.cpp
          ${PROJECT_SOURCE_DIR}/ui/newnamesmodel.h ${PROJECT_SOURCE_DIR}/ui/entitycolors.cpp
          ${PROJECT_SOURCE_DIR}/ui/entitycolors.h
  LIBS chipline_storage Qt6::Gui)
target_include_directories(tst_newnamesmodel PRIVATE ${PROJECT_SOURCE_DIR})

# The New names review dock: accept, accept as, alias, reject, several at once,
# undo and redo through Edit, the reader afterwards, recognition run again.
chipline_add_test(tst_newnames SOURCES tst_newnames.cpp newnamesfixture.h LIBS chipline_ui)

# The timeline edits of the CSV import and the Lanes… dialog, undone and redone through Edit.
chipline_add_test(tst_timelineundo SOURCES tst_timelineundo.cpp LIBS chipline_ui)
