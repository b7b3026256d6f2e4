#pragma once

#include <QCoreApplication>
#include <QString>

class LibraryStore;

// The built-in library: the seed call (NVIDIA Q4 FY2025 Q&A) with its analysts, shipped
// as resources. Installed once per library; a user who deletes it does not get it back.
class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SampleLibrary)
public:
    static bool isInstalled(const LibraryStore &store);
    static bool install(LibraryStore &store, QString *error);
};
