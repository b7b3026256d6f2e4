#pragma once

// The app's own action icons (resources/icons/fallback, a freedesktop icon theme) are the
// fallback theme: QIcon::fromTheme() still prefers the desktop's theme, so the actions look
// native where a theme exists and are never blank where none does.
namespace IconTheme {
void installFallback();
}
