#include "settings/TranscriptFont.h"

#include "settings/AppSettings.h"

namespace AppSettings {

QFont transcriptFont()
{
    const TranscriptFontChoice choice = transcriptFontChoice();
    QFont font;
    if (!choice.family.isEmpty())
        font.setFamily(choice.family);
    font.setPointSize(choice.pointSize);
    return font;
}

void setTranscriptFont(const QFont &font)
{
    setTranscriptFontChoice({font.family(), font.pointSize()});
}

} // namespace AppSettings
