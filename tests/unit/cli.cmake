chipline_add_test(tst_cli SOURCES tst_cli.cpp LIBS Qt6::Core)
add_dependencies(tst_cli chipline)
target_compile_definitions(tst_cli PRIVATE CHIPLINE_BINARY="$<TARGET_FILE:chipline>"
  CHIPLINE_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
# The timeline and events import commands, run as a process (issue 16).
# A status changed through the service, as the window's Reject does, between two runs.
chipline_add_test(tst_clitimeline SOURCES tst_clitimeline.cpp LIBS Qt6::Gui chipline_annotation)
add_dependencies(tst_clitimeline chipline)
target_compile_definitions(tst_clitimeline PRIVATE CHIPLINE_BINARY="$<TARGET_FILE:chipline>")
