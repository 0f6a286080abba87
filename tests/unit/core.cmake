chipline_add_test(tst_textoffsets SOURCES tst_textoffsets.cpp LIBS chipline_core)
chipline_add_test(tst_article SOURCES tst_article.cpp LIBS chipline_core)
chipline_add_test(tst_tsvrows SOURCES tst_tsvrows.cpp LIBS chipline_core)
chipline_add_test(tst_hangul SOURCES tst_hangul.cpp LIBS chipline_core)
