#pragma once

// A dark Fusion palette, for systems without a dark theme of their own and for `--dark`.
namespace DarkPalette {
void apply();
}
