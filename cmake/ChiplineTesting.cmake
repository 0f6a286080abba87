# chipline_add_test(NAME SOURCES file... LIBS lib...)
# One QtTest executable per class or feature, registered with CTest and run offscreen.
function(chipline_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE chipline_options Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    CHIPLINE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    CHIPLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8" TIMEOUT 300)
endfunction()
