# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compiler setting; each target links it.
add_library(tierscope_settings INTERFACE)
target_compile_options(tierscope_settings INTERFACE -Wall -Wextra -Wpedantic)
if(TIERSCOPE_WERROR)
    target_compile_options(tierscope_settings INTERFACE -Werror)
endif()
target_compile_definitions(tierscope_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TIERSCOPE_VERSION="${PROJECT_VERSION}")
if(TIERSCOPE_SANITIZE)
    target_compile_options(tierscope_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tierscope_settings INTERFACE -fsanitize=address,undefined)
endif()

# Collects the sources of a layer: one folder per concern, one class per .h/.cpp pair.
function(tierscope_collect_sources out_var)
    file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS
        "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
    set(${out_var} ${_srcs} PARENT_SCOPE)
endfunction()
