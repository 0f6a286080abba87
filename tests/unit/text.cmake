# Tests of the text layer (app/text): folding, gazetteer, entity matching.
if(TARGET chipline_text)
  chipline_add_test(tst_textfold SOURCES tst_textfold.cpp LIBS chipline_text)
  chipline_add_test(tst_gazetteer SOURCES tst_gazetteer.cpp LIBS chipline_text)
  chipline_add_test(tst_entitymatcher SOURCES tst_entitymatcher.cpp LIBS chipline_text)
  # The built-in matcher's image, the one the executables embed included.
  chipline_add_test(tst_matcherimage SOURCES tst_matcherimage.cpp LIBS chipline_text chipline_matcher_image)
  chipline_add_test(tst_openpatterns SOURCES tst_openpatterns.cpp LIBS chipline_text)
  chipline_add_test(tst_koreannames SOURCES tst_koreannames.cpp LIBS chipline_text)
  chipline_add_test(tst_builtinplaces SOURCES tst_builtinplaces.cpp LIBS chipline_text)
  chipline_add_test(tst_wordlist SOURCES tst_wordlist.cpp LIBS chipline_text)
  # AhoCorasick; EntityPatterns and KoreanParticles (issue 16).
  chipline_add_test(tst_ahocorasick SOURCES tst_ahocorasick.cpp LIBS chipline_text)
  chipline_add_test(tst_entitypatterns SOURCES tst_entitypatterns.cpp LIBS chipline_text)

  # Not a test: prints matching speed (tests/bench/), and dumps matches for corpus checks.
  add_executable(bench_entitymatcher ${PROJECT_SOURCE_DIR}/tests/bench/bench_entitymatcher.cpp)
  target_link_libraries(bench_entitymatcher PRIVATE chipline_options chipline_text)
endif()
