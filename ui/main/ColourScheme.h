#pragma once

#include <QString>

// The window's colours: the desktop's own ("system"), or a light or dark Fusion palette the
// reader chose in Settings (or asked for with `--dark`). The dark one also serves systems
// without a dark theme of their own.
namespace ColourScheme {

// "system", "light" or "dark" (AppSettings::colourSchemes()); may be called again at any time,
// and "system" brings back the style and palette the application started with.
void apply(const QString &scheme);

} // namespace ColourScheme
