# cmake -DIN=file -DOUT=file.gz -P gzip-n.cmake
# Compresses one file the way Debian wants (gzip -9n: no name, no timestamp, reproducible).
execute_process(COMMAND gzip -9nc INPUT_FILE "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE "${OUT}")
  message(FATAL_ERROR "gzip failed on ${IN}: ${status}")
endif()
