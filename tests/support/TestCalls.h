#pragma once

#include "transcript/Transcript.h"

#include <QList>
#include <QString>

#include <optional>

class LibraryStore;

// Calls for tests: small ones made from their turns, for the trend and chart tests, and real ones.
ParsedTurn testTurn(const QString &speaker, const char *role, const QString &text);

// A call of company `ticker` in fiscal `period` whose Q&A is `turns`, added to the store.
std::optional<qint64> addTestCall(LibraryStore &store, const QString &ticker, const QString &period,
                                  const QList<ParsedTurn> &turns, QString *error);

// NVIDIA's four FY2025 earnings calls in tests/data/transcripts (Motley Fool's layout), with the
// fiscal period and date of each: the real calls the trend and guidance tests import.
struct RealCall
{
    const char *file;
    const char *period;
    const char *date;
};
inline constexpr RealCall kNvidiaFy2025Calls[] = {
    {"nvda_fy2025q1_motleyfool.txt", "FY2025Q1", "2024-05-22"},
    {"nvda_fy2025q2_motleyfool.txt", "FY2025Q2", "2024-08-28"},
    {"nvda_fy2025q3_motleyfool.txt", "FY2025Q3", "2024-11-20"},
    {"nvda_fy2025q4_motleyfool.txt", "FY2025Q4", "2025-02-26"},
};
