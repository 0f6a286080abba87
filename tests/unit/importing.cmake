# The import pipeline: Importer end to end on files.
chipline_add_test(tst_importer SOURCES tst_importer.cpp LIBS chipline_importing)
