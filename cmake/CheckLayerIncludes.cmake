# cmake -DDIR=<folder> -DALLOWED=<regex of folders> -DSTAMP=<file> -P CheckLayerIncludes.cmake
# Fails when a source in DIR includes an app/ header from a folder ALLOWED does not match.
# Every app/ header is reachable from the one include root, so a layer that reached up
# (a parser including storage) would still compile; the build runs this check instead.
file(GLOB sources ${DIR}/*.h ${DIR}/*.cpp)
set(found "")
foreach(source ${sources})
  file(STRINGS ${source} includes REGEX "^#include \"[a-z]+/")
  foreach(line ${includes})
    string(REGEX MATCH "\"([a-z]+)/" unused "${line}")
    if(NOT CMAKE_MATCH_1 MATCHES "^(${ALLOWED})$")
      string(APPEND found "\n  ${source}: ${line}")
    endif()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "${DIR} may include only ${ALLOWED}:${found}")
endif()
file(TOUCH ${STAMP})
