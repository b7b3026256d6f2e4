#pragma once

#include <QFont>

// The transcript font choice (AppSettings::transcriptFontChoice) as a QFont, for the window,
// the printer and PDF export.
namespace AppSettings {

QFont transcriptFont();
void setTranscriptFont(const QFont &font);

} // namespace AppSettings
