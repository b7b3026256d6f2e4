#include "main/IconTheme.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace IconTheme {

void installFallback()
{
    const QString resources = u":/icons"_s;
    if (!QIcon::themeSearchPaths().contains(resources))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << resources);
    QIcon::setFallbackThemeName(u"fallback"_s);
    // With no desktop theme at all (a bare window manager, offscreen), Qt looks nowhere, not
    // even in the fallback theme: make it the theme.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(u"fallback"_s);
}

} // namespace IconTheme
