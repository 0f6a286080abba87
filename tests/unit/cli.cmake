chipline_add_test(tst_cli SOURCES tst_cli.cpp LIBS Qt6::Core)
add_dependencies(tst_cli chipline)
target_compile_definitions(tst_cli PRIVATE CHIPLINE_BINARY="$<TARGET_FILE:chipline>"
  CHIPLINE_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
