# Script mode (cmake -P): turns the hunspell-ko dictionary (MPL-1.1/GPL-2+/LGPL-2.1+,
# Debian package hunspell-ko) into one word a line for the matcher's stop list. Only
# the stems are kept; affix flags go. No dictionary: an empty list and a warning.
if(NOT DEFINED IN OR NOT DEFINED OUT)
  message(FATAL_ERROR "usage: cmake -DIN=ko.dic -DOUT=words.txt -P ChiplineOrdinaryWords.cmake")
endif()
if(NOT EXISTS "${IN}")
  message(WARNING "${IN} not found: the Korean stop list is empty (install hunspell-ko)")
  file(WRITE "${OUT}" "")
  return()
endif()
file(READ "${IN}" words)
string(REGEX REPLACE "/[^\n]*" "" words "${words}")
string(REGEX REPLACE "^[0-9]+\n" "" words "${words}")
file(WRITE "${OUT}" "${words}")
