chipline_add_test(tst_sourcereader SOURCES tst_sourcereader.cpp LIBS chipline_ingest)
# The UTF-8 decoder against a byte-by-byte reference.
chipline_add_test(tst_textdecoding SOURCES tst_textdecoding.cpp LIBS chipline_ingest)
chipline_add_test(tst_htmlparser SOURCES tst_htmlparser.cpp LIBS chipline_ingest)
chipline_add_test(tst_boilerplaterules SOURCES tst_boilerplaterules.cpp LIBS chipline_ingest)
# Parses feeds on several threads at once: QtConcurrent of its own.
chipline_add_test(tst_feedparser SOURCES tst_feedparser.cpp LIBS chipline_ingest Qt6::Concurrent)
chipline_add_test(tst_dumpparser SOURCES tst_dumpparser.cpp LIBS chipline_ingest)
chipline_add_test(tst_transcriptparser SOURCES tst_transcriptparser.cpp LIBS chipline_ingest)
chipline_add_test(tst_wireparser SOURCES tst_wireparser.cpp LIBS chipline_ingest)
chipline_add_test(tst_plaintextparser SOURCES tst_plaintextparser.cpp LIBS chipline_ingest)
chipline_add_test(tst_layoutdetector SOURCES tst_layoutdetector.cpp LIBS chipline_ingest)
# LibXmlParser and MarkupStripper; PageMetadata and MainTextFinder; WireDateline and
# DumpByline (issue 16).
chipline_add_test(tst_markup SOURCES tst_markup.cpp LIBS chipline_ingest)
chipline_add_test(tst_pagemetadata SOURCES tst_pagemetadata.cpp LIBS chipline_ingest)
chipline_add_test(tst_datelines SOURCES tst_datelines.cpp LIBS chipline_ingest)
# The reasons a file is refused, in Korean from the translation files (issue 16).
chipline_add_test(tst_ingestmessages SOURCES tst_ingestmessages.cpp languagescope.h
  LIBS chipline_ingest chipline_translations)
