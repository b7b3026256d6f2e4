# Installs the build into a scratch prefix and checks what a desktop needs is there and valid.
# Run by CTest: cmake -DBUILD_DIR=... -DPREFIX=... -P install_check.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
set(id io.github.earningsreader.EarningsReader)
foreach(f bin/earnings-reader share/applications/${id}.desktop share/metainfo/${id}.metainfo.xml
          share/icons/hicolor/scalable/apps/${id}.svg
          share/earnings-reader/translations/earnings-reader_zh_TW.qm
          share/earnings-reader/translations/earnings-reader_zh_CN.qm
          share/earnings-reader/translations/earnings-reader_en.qm)
    if(NOT EXISTS "${PREFIX}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
# The installed executable finds its private libraries, and the window's module is there.
file(GLOB gui_module "${PREFIX}/lib*/earnings-reader/earnings-reader-gui.so" "${PREFIX}/lib/*/earnings-reader/earnings-reader-gui.so")
if(NOT gui_module)
    message(FATAL_ERROR "not installed: the window's module earnings-reader-gui.so")
endif()
execute_process(COMMAND "${PREFIX}/bin/earnings-reader" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^earnings-reader ")
    message(FATAL_ERROR "the installed earnings-reader does not run: ${out}")
endif()
execute_process(COMMAND desktop-file-validate "${PREFIX}/share/applications/${id}.desktop"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${out}")
endif()
execute_process(COMMAND appstreamcli validate --no-net "${PREFIX}/share/metainfo/${id}.metainfo.xml"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${out}")
endif()
message(STATUS "installed and validated in ${PREFIX}")
