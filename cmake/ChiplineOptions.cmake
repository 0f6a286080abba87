# One INTERFACE target carries the language level, warnings and Qt defines for every target.
add_library(chipline_options INTERFACE)
target_compile_features(chipline_options INTERFACE cxx_std_20)
# -Wshadow=local is GCC's; clang (the fuzz build) has no such level and would warn.
target_compile_options(chipline_options INTERFACE -Wall -Wextra -Wpedantic
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
option(CHIPLINE_WERROR "Treat warnings as errors" OFF)
if(CHIPLINE_WERROR)
  target_compile_options(chipline_options INTERFACE -Werror)
endif()
option(CHIPLINE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CHIPLINE_SANITIZE)
  # Undefined behaviour stops the program, so a test fails on it however ctest is run.
  target_compile_options(chipline_options INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(chipline_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(chipline_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER)
