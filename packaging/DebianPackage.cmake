# The Debian package (scripts/package.sh runs CPack on a release build; docs/PLATFORMS.md).
# Shared libraries' packages are found by dpkg-shlibdeps; the QML modules the app imports
# at run time are not visible to it, so they are listed here, as scripts/install-deps.sh
# names them. The sync server is a service's own machine, never a dependency.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dit-companion)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private companion app for Dynamic Interpersonal Therapy")
# Lines of at most 79 characters, as Debian's policy asks.
set(CPACK_PACKAGE_DESCRIPTION
    "Pre-session forms, progress, the phases of therapy, notes and the goodbye
letter for a person in Dynamic Interpersonal Therapy, and a caseload for
their therapist. Everything is stored encrypted on the device; nothing
leaves it unless a service turns on sync, and then only encrypted, to the
person's own therapist's device. Includes ditc, the command-line tool.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# A placeholder until the project has a public address.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "DIT Companion developers <maintainers@ditcompanion.invalid>")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(DIT_QML_RUNTIME_PACKAGES
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtqml-workerscript qml6-module-qtcore
    # the progress charts (Qt Quick Shapes)
    qml6-module-qtquick-shapes
    qml6-module-qtmultimedia
    # the SVG icon engine for the window icon and the app's own icons
    libqt6svg6)
list(JOIN DIT_QML_RUNTIME_PACKAGES ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Wayland (Linux phones and most desktops), the camera for scanning a pairing code, and a
# keyring for quick unlock: the app works without them, with less.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
