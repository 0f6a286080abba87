# CPack: a Debian 12 binary package of what cmake/ChiplineInstall.cmake installs.
#   cmake --build build/release && cd build/release && cpack    -> chipline_<version>_<arch>.deb
# Library dependencies (Qt 6, ICU, SQLite, libxml2, libc) come from dpkg-shlibdeps on the
# stripped binary; the CJK fonts the reader needs for Korean text are named by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chipline)
set(CPACK_PACKAGE_VENDOR "The Chipline developers")
set(CPACK_PACKAGE_CONTACT "${CHIPLINE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timeline of the AI-chip export-control contest from the news")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
# Qt's own dialogs and buttons in the Korean interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The extended description; CPack puts the summary line first and indents it for
# deb-control(5), a blank line becoming " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Chipline is a desktop application for analysts who follow the US-China
contest over AI chips. It imports the Korean and English news they save
(news-site result lists, TV transcripts, wire stories, plain text, saved web
pages, RSS/Atom feeds) into a local SQLite database, lets them read and search
it, and builds a dated timeline of the export-control contest from the text.

Everything runs offline. The chipline command line imports, searches and
exports without a display.")

include(CPack)
