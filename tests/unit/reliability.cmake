# Reliability (issue 7): hostile input, crash safety, concurrency and backup, each driving
# the real chipline binary as a user would.
foreach(name hostileinput crashsafety concurrency backup recoverycli)
  set(libs chipline_storage SQLite::SQLite3)
  if(name STREQUAL "concurrency" OR name STREQUAL "backup" OR name STREQUAL "recoverycli")
    list(APPEND libs chipline_ui)
  endif()
  chipline_add_test(tst_${name} SOURCES tst_${name}.cpp reliabilitysupport.h LIBS ${libs})
  add_dependencies(tst_${name} chipline)
  target_compile_definitions(tst_${name} PRIVATE CHIPLINE_BINARY="$<TARGET_FILE:chipline>")
  target_include_directories(tst_${name} PRIVATE ${PROJECT_SOURCE_DIR})
  if(CHIPLINE_SANITIZE)
    target_compile_definitions(tst_${name} PRIVATE CHIPLINE_SANITIZED) # smaller inputs: reliabilitysupport.h
  endif()
endforeach()
# Twenty SIGKILLs and five complete re-imports, several imports each: slower than the
# default limit under ASan.
set_tests_properties(tst_crashsafety tst_hostileinput tst_concurrency tst_backup tst_recoverycli PROPERTIES TIMEOUT 1200)
# QtTest's watchdog (5 min per test function) must not fire before CTest's limit does.
set_property(TEST tst_crashsafety tst_hostileinput tst_concurrency tst_backup tst_recoverycli APPEND PROPERTY ENVIRONMENT
  "QTEST_FUNCTION_TIMEOUT=1150000")
