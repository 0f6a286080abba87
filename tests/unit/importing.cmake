# The import pipeline: Importer end to end on files, ImportWriter fed parsed files directly.
chipline_add_test(tst_importer SOURCES tst_importer.cpp LIBS chipline_importing)
chipline_add_test(tst_importwriter SOURCES tst_importwriter.cpp LIBS chipline_importing)
