#pragma once

#include "transcript/Transcript.h"

#include <QStringList>

// Reads what the first lines of a transcript say about the call: the company and its ticker
// ("NVIDIA Corporation (NASDAQ:NVDA)", "Nvidia / ( / NVDA / +0.03% / )" on separate lines),
// the fiscal period as the call names it ("Q4 2025 Earnings Call" -> FY2025Q4), the date and a
// title. Only the header is read: a date in the middle of the call says nothing about it.
namespace HeaderReader {

HeaderMetadata read(const QStringList &lines);

// "Q4 2025", "Q4 FY25", "fourth quarter of fiscal 2025", "Fiscal Year 2025 Fourth Quarter"
// -> "FY2025Q4"; empty when the text names no quarter and year.
QString fiscalPeriod(const QString &text);

// "Feb 26, 2025", "February 26, 2025", "2025-02-26", "2025年2月26日" -> "2025-02-26".
QString isoDate(const QString &text);

} // namespace HeaderReader
