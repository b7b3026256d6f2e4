// libFuzzer target: importing an annotations JSON export into a library. Any input must be
// either refused with a message or imported, never crash or corrupt the library.
#include "annotations/AnnotationExport.h"
#include "annotations/AnnotationRepository.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QDir>

#include <cstddef>
#include <cstdint>

namespace {
LibraryStore *g_store = nullptr;
AnnotationRepository *g_repository = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    g_store = new LibraryStore;
    QString error;
    if (!g_store->open(
            QDir::temp().filePath(
                QStringLiteral("fuzz-annotations-%1.sqlite").arg(QCoreApplication::applicationPid())),
            &error))
        __builtin_trap();
    g_repository = new AnnotationRepository(g_store);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto report =
        AnnotationExport::importJson(*g_store, *g_repository, bytes, QStringLiteral("fuzz.json"), &error);
    if (!report && error.isEmpty())
        __builtin_trap();
    return 0;
}
