# Install rules: the executables (chipline, and chipline-gui, which it starts for the
# window), the desktop integration (packaging/linux), the man page, readable copies of the
# built-in data and whatever translations the build produces.
# Nothing here bakes a path into the program: data is compiled in as Qt resources, so the
# installed binary runs wherever it is put; the copies under share/chipline are for reading.
include(GNUInstallDirs)

set(CHIPLINE_APP_ID org.chipline.Chipline)
# The release named by PROJECT_VERSION: its date (AppStream, Debian changelog) and who
# answers for the package. Update both dates with each release.
set(CHIPLINE_RELEASE_DATE 2026-11-22)
set(CHIPLINE_RELEASE_DATE_RFC2822 "Sun, 22 Nov 2026 12:00:00 +0000")
set(CHIPLINE_MAINTAINER "The Chipline developers <chipline@example.org>" CACHE STRING
    "Maintainer named in the Debian package and its changelog")
set(CHIPLINE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)
set(CHIPLINE_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)
set(CHIPLINE_DATA_DESTINATION ${CMAKE_INSTALL_DATADIR}/chipline)

install(TARGETS chipline chipline-gui RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Desktop integration.
install(FILES ${CHIPLINE_PACKAGING_DIR}/${CHIPLINE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${CHIPLINE_PACKAGING_DIR}/${CHIPLINE_APP_ID}.metainfo.xml.in
               ${CHIPLINE_PACKAGING_OUT}/${CHIPLINE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CHIPLINE_PACKAGING_OUT}/${CHIPLINE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES ${CHIPLINE_PACKAGING_DIR}/icons/chipline-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${CHIPLINE_APP_ID}.png)
endforeach()
install(FILES ${CHIPLINE_PACKAGING_DIR}/icons/chipline.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CHIPLINE_APP_ID}.svg)

# Man page and Debian documentation files, compressed at build time as Debian policy asks.
configure_file(${CHIPLINE_PACKAGING_DIR}/chipline.1.in ${CHIPLINE_PACKAGING_OUT}/chipline.1 @ONLY)
configure_file(${CHIPLINE_PACKAGING_DIR}/changelog.in ${CHIPLINE_PACKAGING_OUT}/changelog @ONLY)
set(chipline_gz_files)
# chipline-gui, which chipline starts for the window, shares chipline's page.
foreach(pair "${CHIPLINE_PACKAGING_OUT}/chipline.1|chipline.1.gz" "${CHIPLINE_PACKAGING_DIR}/chipline-gui.1|chipline-gui.1.gz"
             "${CHIPLINE_PACKAGING_OUT}/changelog|changelog.gz")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 in)
  list(GET pair 1 out)
  add_custom_command(OUTPUT ${CHIPLINE_PACKAGING_OUT}/${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${in} -DOUT=${CHIPLINE_PACKAGING_OUT}/${out} -P ${CHIPLINE_PACKAGING_DIR}/gzip-n.cmake
    DEPENDS ${in} ${CHIPLINE_PACKAGING_DIR}/gzip-n.cmake
    COMMENT "Compressing ${out}" VERBATIM)
  list(APPEND chipline_gz_files ${CHIPLINE_PACKAGING_OUT}/${out})
endforeach()
add_custom_target(chipline_packaging_files ALL DEPENDS ${chipline_gz_files})
install(FILES ${CHIPLINE_PACKAGING_OUT}/chipline.1.gz ${CHIPLINE_PACKAGING_OUT}/chipline-gui.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CHIPLINE_PACKAGING_DIR}/copyright ${CHIPLINE_PACKAGING_OUT}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/chipline)

# Readable copies of the data compiled into the program; the built-in copy is what runs.
install(FILES ${PROJECT_SOURCE_DIR}/resources/gazetteer/gazetteer.tsv ${PROJECT_SOURCE_DIR}/resources/gazetteer/state.tsv
              ${PROJECT_SOURCE_DIR}/resources/gazetteer/companies.tsv ${PROJECT_SOURCE_DIR}/resources/gazetteer/media.tsv
              ${PROJECT_SOURCE_DIR}/resources/gazetteer/places.tsv
              ${PROJECT_BINARY_DIR}/app/text/gazetteer/icu-places.tsv ${PROJECT_SOURCE_DIR}/resources/gazetteer/lexicon.txt
        DESTINATION ${CHIPLINE_DATA_DESTINATION}/gazetteer)
install(FILES ${PROJECT_SOURCE_DIR}/resources/vocabulary/event-triggers.tsv
              ${PROJECT_SOURCE_DIR}/resources/vocabulary/event-modality.tsv
              ${PROJECT_SOURCE_DIR}/resources/vocabulary/title-endings.tsv
        DESTINATION ${CHIPLINE_DATA_DESTINATION}/vocabulary)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/sample/ DESTINATION ${CHIPLINE_DATA_DESTINATION}/sample)
install(FILES ${CHIPLINE_PACKAGING_DIR}/README.data RENAME README DESTINATION ${CHIPLINE_DATA_DESTINATION})

# Translations: every .qm the build made (qt_add_translations in resources/CMakeLists.txt
# writes them into the build's resources folder), found when installing; the program itself
# reads the copies compiled into it.
install(CODE "
  file(GLOB_RECURSE chipline_qm_files LIST_DIRECTORIES false
       \"${PROJECT_BINARY_DIR}/resources/*.qm\" \"${PROJECT_BINARY_DIR}/ui/*.qm\" \"${PROJECT_BINARY_DIR}/app/*.qm\")
  file(GLOB chipline_qm_top LIST_DIRECTORIES false \"${PROJECT_BINARY_DIR}/*.qm\")
  list(APPEND chipline_qm_files \${chipline_qm_top})
  if(chipline_qm_files)
    file(INSTALL \${chipline_qm_files}
         DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CHIPLINE_DATA_DESTINATION}/translations\"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  endif()
")
