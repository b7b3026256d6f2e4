#pragma once

#include "transcript/Transcript.h"

#include <QList>
#include <QString>

#include <optional>

class LibraryStore;

// Small calls made in a test from their turns, for the trend and chart tests.
ParsedTurn testTurn(const QString &speaker, const char *role, const QString &text);

// A call of company `ticker` in fiscal `period` whose Q&A is `turns`, added to the store.
std::optional<qint64> addTestCall(LibraryStore &store, const QString &ticker, const QString &period,
                                  const QList<ParsedTurn> &turns, QString *error);
